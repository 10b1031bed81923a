package org.fiqra.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.fiqra.Seeds;
import org.junit.jupiter.api.Test;

/**
 * The browser's tokens (templates/assets/fiqra-text.js, run under Node) are the build's tokens
 * (ArabicTokens: Lucene's normaliser and stemmer), text for text: a query is read as the index was.
 */
class NormalisationParityTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> inputs() throws IOException {
        List<String> out = new ArrayList<>(List.of(
                "الاتجار بالاشخاص", "الاتجار بالأشخاص", "قرار 293/64", "قرارها ٢٩٣/٦٤", "الحمايةُ الاجتماعيّة", "للحماية الاجتمـــاعية",
                "والمنظمات", "إلى الى آلية أولويات", "مستوى مستوي", "وإذ تسلّم أيضاً", "A/RES/70/1 and FCCC/CP/2015/10/Add.1",
                "كوفيد-19 ⁽⁴⁾ ^(١) ²³", "E/CN.4/2001/2, A/66/454 (Part II). 2030.و و/أو ١.٢.٣ a//1 a/ 1 ٤٦/٤-ث A/RES/ٍS-24/2", "ۀ ۰۱۲ ٰ ٔ", "𝐀𝐁 \uD835 Éé ÇA", "و ال لل بال", "بالمنظمات"));
        try (Stream<Path> files = Files.list(Seeds.content().resolve("ar"))) {
            for (Path f : files.sorted().toList()) out.addAll(Files.readAllLines(f));
        }
        try (Stream<Path> files = Files.list(Seeds.content().resolve("en"))) {
            for (Path f : files.sorted().toList()) out.addAll(Files.readAllLines(f));
        }
        return out;
    }

    @Test
    void theBrowserTokenisesAsTheBuildDoes() throws Exception {
        List<String> inputs = inputs();
        String script = "const t = require(" + JSON.writeValueAsString(Seeds.templates().resolve("assets/fiqra-text.js").toString())
                + "); let s = ''; process.stdin.setEncoding('utf8'); process.stdin.on('data', d => s += d); process.stdin.on('end', () => "
                + "process.stdout.write(JSON.stringify(JSON.parse(s).map(x => [t.tokens(x), t.searchTokens(x)]"
                + ".map(ts => ts.map(k => [k.start, k.end, k.stem]))))));";
        Process node = new ProcessBuilder("node", "-e", script).redirectErrorStream(false).start();
        try (OutputStream in = node.getOutputStream()) {
            in.write(JSON.writeValueAsBytes(inputs));
        }
        byte[] out = node.getInputStream().readAllBytes();
        String err = new String(node.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(node.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, node.exitValue(), err);
        List<?> browser = JSON.readValue(out, List.class);
        assertEquals(inputs.size(), browser.size());
        int tokens = 0;
        int symbols = 0;
        for (int i = 0; i < inputs.size(); i++) {
            List<?> both = (List<?>) browser.get(i);
            List<List<Object>> words = triples(ArabicTokens.of(inputs.get(i)));
            List<List<Object>> search = triples(ArabicTokens.searchTokens(inputs.get(i)));
            assertEquals(words, both.get(0), "words of input " + i + ": " + inputs.get(i));
            assertEquals(search, both.get(1), "search tokens of input " + i + ": " + inputs.get(i));
            tokens += words.size();
            symbols += words.size() - search.size();
        }
        assertTrue(tokens > 20_000, tokens + " tokens compared");
        assertTrue(symbols > 100, symbols + " words joined into symbols");
    }

    private static List<List<Object>> triples(List<ArabicTokens.Token> tokens) {
        return tokens.stream().map(t -> List.<Object>of(t.start(), t.end(), t.stem())).toList();
    }
}
