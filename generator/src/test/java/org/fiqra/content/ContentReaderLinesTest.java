package org.fiqra.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.fiqra.Seeds;
import org.junit.jupiter.api.Test;

/** {@link ContentReader#lines} splits as the pattern {@code \r\n|\n|\r} does, on real files and on any mix of breaks. */
class ContentReaderLinesTest {
    private static List<String> bySplit(String text) {
        return Arrays.asList(text.split("\r\n|\n|\r", -1));
    }

    @Test
    void contentFilesSplitAsByThePattern() throws IOException {
        int files = 0;
        for (Path root : List.of(Seeds.content(), Seeds.synthetic())) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path f : walk.filter(p -> p.toString().endsWith(".md")).toList()) {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    assertEquals(bySplit(text), ContentReader.lines(text), f.toString());
                    // the same file as written on Windows, and with old Mac breaks
                    String crlf = text.replace("\n", "\r\n");
                    assertEquals(bySplit(crlf), ContentReader.lines(crlf), f + " with CR LF");
                    String cr = text.replace("\n", "\r");
                    assertEquals(bySplit(cr), ContentReader.lines(cr), f + " with CR");
                    files++;
                }
            }
        }
        assertTrue(files > 12, "the seeds and the synthetic corpus were read: " + files);
    }

    @Test
    void anyMixOfBreaksSplitsAsByThePattern() {
        Random random = new Random(8);
        char[] alphabet = {'\r', '\n', 'a', 'ب', ' '};
        for (int n = 0; n < 20_000; n++) {
            char[] c = new char[random.nextInt(9)];
            for (int i = 0; i < c.length; i++) c[i] = alphabet[random.nextInt(alphabet.length)];
            String text = new String(c);
            assertEquals(bySplit(text), ContentReader.lines(text), () -> text.replace("\r", "\\r").replace("\n", "\\n"));
        }
    }
}
