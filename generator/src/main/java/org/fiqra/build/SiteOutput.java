package org.fiqra.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.fiqra.diag.FiqraException;

/**
 * Where one build writes, in one of two ways:
 * <ul>
 *   <li><b>full</b>: everything into a fresh staging folder, moved into place at the end (see
 *       {@link SiteBuild});</li>
 *   <li><b>in place</b>, after an earlier build of the same process left a usable {@link BuildState}: a page
 *       whose fingerprint is unchanged is not rendered; a page that is rendered is written only if its bytes
 *       changed; the other files (search index, data, assets, report) are written to a scratch folder and
 *       copied over only where they differ; files the build no longer makes are deleted.</li>
 * </ul>
 * Either way the site that results is byte for byte the same.
 */
final class SiteOutput {
    private final Path pages;
    private final Path files;
    private final BuildState state;
    private final boolean inPlace;
    private final String templates;
    private final Map<String, BuildState.Fingerprint> written = new ConcurrentHashMap<>();
    private final AtomicInteger rendered = new AtomicInteger();

    private SiteOutput(Path pages, Path files, BuildState state, boolean inPlace, String templates) {
        this.pages = pages;
        this.files = files;
        this.state = state;
        this.inPlace = inPlace;
        this.templates = templates;
    }

    /** A full build into {@code staging}; with a state, it records the fingerprints for the next build. */
    static SiteOutput full(Path staging, BuildState state, Path templateFolder) {
        return new SiteOutput(staging, staging, state, false, state == null ? "" : digestOf(templateFolder));
    }

    /** A build over the published {@code site}, redoing only what changed since the build {@code state} describes. */
    static SiteOutput inPlace(Path site, Path scratch, BuildState state, Path templateFolder) {
        return new SiteOutput(site, scratch, state, true, digestOf(templateFolder));
    }

    boolean inPlace() {
        return inPlace;
    }

    /** Where files other than pages go: the staging folder, or the scratch folder mirrored at the end. */
    Path files() {
        return files;
    }

    /** Where the site's pages are. */
    Path pages() {
        return pages;
    }

    /**
     * Writes the page at {@code path} (relative to the site root) unless its fingerprint, made of
     * {@code parts}, is the one it had in the last build; {@code html} renders it.
     */
    void page(String path, List<Object> parts, Supplier<String> html) {
        if (state == null) {
            rendered.incrementAndGet();
            write(pages, path, html.get());
            return;
        }
        BuildState.Fingerprint fp = fingerprint(parts);
        written.put(path, fp);
        if (inPlace && fp.equals(state.pages.get(path))) return;
        rendered.incrementAndGet();
        String text = html.get();
        if (inPlace) {
            writeIfChanged(pages.resolve(path), text.getBytes(StandardCharsets.UTF_8));
        } else {
            write(pages, path, text);
        }
    }

    /** The pages rendered in this build (in a full build, all of them). */
    Set<String> renderedPages() {
        if (!inPlace) return null;
        Set<String> out = new TreeSet<>();
        written.forEach((path, fp) -> {
            if (!fp.equals(state.pages.get(path))) out.add(path);
        });
        return out;
    }

    int renderedCount() {
        return rendered.get();
    }

    /**
     * Writes a file made after {@link #finish()} (the build report): into the staging folder, or over the
     * site where its bytes changed.
     */
    void file(String path, String text) {
        if (inPlace) {
            writeIfChanged(pages.resolve(path), text.getBytes(StandardCharsets.UTF_8));
        } else {
            write(files, path, text);
        }
        if (state != null) {
            Set<String> all = new TreeSet<>(state.files);
            all.add(path);
            state.files = Set.copyOf(all);
        }
    }

    /**
     * Ends an in-place build: copies the scratch files that differ into the site, deletes what the build no
     * longer makes, and records the new site in the state. Ends a full build with a state by recording it.
     */
    void finish() {
        if (state == null) return;
        Path site = pages;
        Set<String> all = new TreeSet<>(written.keySet());
        if (inPlace) {
            try (Stream<Path> walk = Files.walk(files)) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    String rel = files.relativize(p).toString().replace('\\', '/');
                    all.add(rel);
                    writeIfChanged(site.resolve(rel), Files.readAllBytes(p));
                }
            } catch (IOException e) {
                throw FiqraException.environment("cannot update " + site + ": " + e.getMessage(), e);
            }
            for (String old : state.files) {
                if (!all.contains(old) && !old.equals(SiteBuild.REPORT)) deleteWithEmptyParents(site, old);
            }
            SiteBuild.delete(files);
        } else {
            try (Stream<Path> walk = Files.walk(site)) {
                walk.filter(Files::isRegularFile).forEach(p -> all.add(site.relativize(p).toString().replace('\\', '/')));
            } catch (IOException e) {
                throw FiqraException.environment("cannot list " + site + ": " + e.getMessage(), e);
            }
        }
        state.pages = Map.copyOf(written);
        state.files = Set.copyOf(all);
        state.usable = true;
    }

    static void write(Path root, String path, String text) {
        Path file = root.resolve(path);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw FiqraException.environment("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void writeIfChanged(Path file, byte[] bytes) {
        try {
            if (Files.isRegularFile(file) && Files.size(file) == bytes.length
                    && Arrays.equals(Files.readAllBytes(file), bytes)) {
                return;
            }
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw FiqraException.environment("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void deleteWithEmptyParents(Path site, String rel) {
        try {
            Path file = site.resolve(rel);
            Files.deleteIfExists(file);
            for (Path dir = file.getParent(); dir != null && !dir.equals(site); dir = dir.getParent()) {
                try (Stream<Path> left = Files.list(dir)) {
                    if (left.findAny().isPresent()) break;
                }
                Files.delete(dir);
            }
        } catch (IOException e) {
            throw FiqraException.environment("cannot delete " + rel + " from " + site + ": " + e.getMessage(), e);
        }
    }

    private BuildState.Fingerprint fingerprint(List<Object> parts) {
        return ViewDigest.of(templates, parts);
    }

    /** A digest of every file under {@code folder}, names and bytes: a template or message changed changes it. */
    private static String digestOf(Path folder) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                sha.update(folder.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw FiqraException.environment("cannot read the templates folder " + folder + ": " + e.getMessage(), e);
        }
        return java.util.HexFormat.of().formatHex(sha.digest());
    }
}
