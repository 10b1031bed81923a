package org.fiqra.render;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.fiqra.diag.FiqraException;

/** The interface text of one language, from {@code templates/messages/<lang>.properties} (UTF-8). */
public record Messages(String lang, Map<String, String> texts) {

    public static Messages load(Path templates, String lang) {
        Path file = templates.resolve("messages").resolve(lang + ".properties");
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw FiqraException.environment("cannot read the messages " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> texts = new TreeMap<>();
        p.forEach((k, v) -> texts.put(k.toString(), v.toString()));
        return new Messages(lang, Map.copyOf(texts));
    }

    public String get(String key) {
        String v = texts.get(key);
        if (v == null) {
            throw FiqraException.environment("the messages for '" + lang + "' have no key '" + key + "'", null);
        }
        return v;
    }

    /** A message with {@code {0}}, {@code {1}} … filled in. */
    public String format(String key, Object... args) {
        String s = get(key);
        for (int i = 0; i < args.length; i++) {
            s = s.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return s;
    }
}
