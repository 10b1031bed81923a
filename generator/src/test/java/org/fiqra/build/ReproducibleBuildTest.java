package org.fiqra.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.fiqra.SeedSite;
import org.fiqra.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two builds of the same content are byte-identical, whatever the machine's locale and time zone. */
class ReproducibleBuildTest {
    @TempDir
    Path tmp;

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    @Test
    void twoBuildsAreByteIdentical() throws IOException {
        Path first = SeedSite.get().output;
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        Path second = tmp.resolve("site");
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
            assertTrue(new SiteBuild(new BuildRequest(Seeds.content(), Seeds.templates(), second, false, true)).run().published());
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
        List<Path> files = files(first);
        assertEquals(files, files(second));
        assertTrue(files.size() > 900);
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(first.resolve(f)), Files.readAllBytes(second.resolve(f)), f.toString());
        }
    }
}
