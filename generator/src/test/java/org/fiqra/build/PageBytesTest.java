package org.fiqra.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fiqra.RandomTexts;
import org.fiqra.Seeds;
import org.fiqra.text.PageText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link PageBytes} writes the bytes {@code String.getBytes(UTF_8)} gives, whatever the text. */
class PageBytesTest {
    @TempDir
    Path tmp;

    @Test
    void everyCharacterIsEncodedAsTheJdkEncodesIt() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) all.append(c);
        all.append(Character.MAX_VALUE);
        // the surrogates above stand alone or in the wrong order: each becomes '?', as the JDK has it
        assertEncodedAsJdk(all.toString());
        for (char c = 0; c < Character.MAX_VALUE; c += 97) assertEncodedAsJdk(String.valueOf(c));
    }

    @Test
    void pairedAndLoneSurrogatesInAnyPlace() {
        String[] pieces = {"a", "ق", "€", "\uD83D\uDE00", "\uD83D", "\uDE00", "\uDBFF\uDFFF", "\uD800\uDC00", " ", "<bdi>"};
        for (String text : RandomTexts.of(pieces, 20_000, 8, 20261123)) assertEncodedAsJdk(text);
    }

    @Test
    void realLinesAreWrittenAsTheJdkWritesThem() throws IOException {
        List<String> texts = new ArrayList<>(Seeds.realLines());
        texts.add(String.join("\n", Seeds.realLines()));
        // longer than the buffers a thread keeps, and after it a short text, written over a longer file
        texts.add("ف".repeat((1 << 20) + 7) + "\uD83D\uDE00");
        texts.add("قصير");
        Path file = tmp.resolve("page.html");
        for (String text : texts) {
            assertEncodedAsJdk(text);
            PageBytes.write(file, PageText.of(text));
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file), text.length() + " chars");
        }
    }

    private static void assertEncodedAsJdk(String text) {
        byte[] bytes = new byte[3 * text.length()];
        int n = PageBytes.encode(text.toCharArray(), text.length(), bytes);
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), java.util.Arrays.copyOf(bytes, n),
                () -> text.chars().limit(12).mapToObj(Integer::toHexString).toList().toString());
    }
}
