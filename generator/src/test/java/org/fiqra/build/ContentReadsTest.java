package org.fiqra.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.fiqra.Seeds;
import org.fiqra.content.SourceFile;
import org.fiqra.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's builds take an unchanged source file from the last build's reads, and read a changed one
 * again, even when the change kept its size and time of change, if it came shortly before the last read.
 */
class ContentReadsTest {
    @TempDir
    Path tmp;

    private final Map<Path, ContentLoader.Read> reads = new ConcurrentHashMap<>();

    @Test
    void anOldUnchangedFileIsTakenFromTheLastReadAndAChangedOneIsReadAgain() throws IOException {
        Path content = Seeds.copy(Seeds.content(), tmp.resolve("content"));
        Path file = content.resolve("ar/a-res-66-122.md");
        FileTime longAgo = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        Files.setLastModifiedTime(file, longAgo);

        SourceFile first = sourceOf(load(content));
        assertSame(first, sourceOf(load(content)), "an unchanged file is not read again");

        replaceKeepingSize(file, "تعزيز", "تقوية");
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 30_000));
        assertTrue(text(sourceOf(load(content))).contains("تقوية"), "a changed time of change is seen");
    }

    @Test
    void aFileChangedJustBeforeItWasReadIsReadAgainEvenWithTheSameSizeAndTime() throws IOException {
        Path content = Seeds.copy(Seeds.content(), tmp.resolve("content"));
        Path file = content.resolve("ar/a-res-66-122.md");
        FileTime justNow = Files.getLastModifiedTime(file);
        load(content);

        // A second save within the file system's clock tick: same size, same time of change.
        replaceKeepingSize(file, "تعزيز", "تقوية");
        Files.setLastModifiedTime(file, justNow);
        assertEquals(justNow, Files.getLastModifiedTime(file));
        assertTrue(text(sourceOf(load(content))).contains("تقوية"),
                "a racily clean file is read again rather than trusted");
    }

    private List<SourceFile> load(Path content) {
        return new ContentLoader(content, new Diagnostics(), reads).sources();
    }

    private static SourceFile sourceOf(List<SourceFile> sources) {
        return sources.stream().filter(s -> s.display().endsWith("a-res-66-122.md")).findFirst().orElseThrow();
    }

    private static String text(SourceFile source) {
        return String.join("\n", source.bodyLines());
    }

    private static void replaceKeepingSize(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from));
        assertEquals(from.getBytes(StandardCharsets.UTF_8).length, to.getBytes(StandardCharsets.UTF_8).length);
        Files.writeString(file, text.replaceFirst(from, to), StandardCharsets.UTF_8);
    }
}
