package org.fiqra.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.fiqra.diag.FiqraException;
import org.fiqra.text.PageText;

/**
 * Where one build writes, in one of three ways:
 * <ul>
 *   <li><b>full</b>: everything into a fresh staging folder, moved into place at the end (see
 *       {@link SiteBuild});</li>
 *   <li><b>in place</b>, after an earlier build of the same process left a usable {@link BuildState}: a page
 *       whose fingerprint is unchanged is not rendered; a page that is rendered is written only if its bytes
 *       changed; the other files (search index, data, assets, report) are written to a scratch folder and
 *       copied over only where they differ; files the build no longer makes are deleted;</li>
 *   <li><b>preview</b>: the pages of a {@link QuickPreview}, written over the site as in place, and nothing
 *       else.</li>
 * </ul>
 * Either way the site that results is byte for byte the same. In place and in preview, the state's
 * fingerprints are updated page by page, so a build that stops halfway leaves them true to the disk.
 */
final class SiteOutput {
    private enum Mode { FULL, IN_PLACE, PREVIEW }

    private final Path pages;
    private final Path files;
    private final BuildState state;
    private final Mode mode;
    private final String templates;
    private final Map<String, BuildState.Fingerprint> written = new ConcurrentHashMap<>();
    private final Set<String> rendered = ConcurrentHashMap.newKeySet();
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    private final Set<String> kept = ConcurrentHashMap.newKeySet();
    private java.util.function.BiConsumer<String, PageText> onPage = (path, html) -> { };
    /**
     * The folders this build made or found, so that each is made once: asked to make a folder that exists,
     * the JDK fails a system call and builds an exception with its stack trace, and most pages share a folder.
     */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    private SiteOutput(Path pages, Path files, BuildState state, Mode mode, String templates) {
        this.pages = pages;
        this.files = files;
        this.state = state;
        this.mode = mode;
        this.templates = templates;
    }

    /** A full build into {@code staging}; with a state, it records the fingerprints for the next build. */
    static SiteOutput full(Path staging, BuildState state, Path templateFolder) {
        return new SiteOutput(staging, staging, state, Mode.FULL, state == null ? "" : digestOf(templateFolder));
    }

    /** A build over the published {@code site}, redoing only what changed since the build {@code state} describes. */
    static SiteOutput inPlace(Path site, Path scratch, BuildState state, Path templateFolder) {
        return new SiteOutput(site, scratch, state, Mode.IN_PLACE, digestOf(templateFolder));
    }

    /** Pages written over the published {@code site} ahead of the build that will redo it all. */
    static SiteOutput preview(Path site, BuildState state, Path templateFolder) {
        return new SiteOutput(site, null, state, Mode.PREVIEW, digestOf(templateFolder));
    }

    boolean inPlace() {
        return mode != Mode.FULL;
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
     * {@code parts}, is the one it has on disk; {@code html} renders it (its text is read before this returns).
     */
    void page(String path, List<Object> parts, Supplier<PageText> html) {
        BuildState.Fingerprint fp = null;
        if (state != null) {
            fp = fingerprint(parts);
            written.put(path, fp);
            if (mode != Mode.FULL && fp.equals(state.pages.get(path))) return;
        }
        rendered.add(path);
        PageText text = html.get();
        if (mode == Mode.FULL) {
            write(pages, path, text);
        } else {
            if (writeIfChanged(pages.resolve(path), PageBytes.of(text))) changed.add(path);
            state.pages.put(path, fp);
            state.files.add(path);
            if (mode == Mode.PREVIEW) state.unchecked.add(path);
        }
        onPage.accept(path, text);
    }

    /**
     * In place: keeps the site's files under the folder {@code prefix} as they are, this build having found
     * that it would write the same (see {@link SearchEntries}).
     */
    void keep(String prefix) {
        if (mode != Mode.IN_PLACE) throw new IllegalStateException("only an in-place build keeps files");
        kept.add(prefix);
    }

    /** Hands each page rendered from now on, with its text, to {@code check} (from the rendering threads). */
    void onPage(java.util.function.BiConsumer<String, PageText> check) {
        onPage = check;
    }

    /** Whether the page at {@code path} was rendered in this build. */
    boolean rendered(String path) {
        return rendered.contains(path);
    }

    /** The pages rendered in this build; null in a full build, which renders all of them. */
    Set<String> renderedPages() {
        return mode == Mode.FULL ? null : new TreeSet<>(rendered);
    }

    /** The pages whose bytes on disk this build changed; null in a full build, which replaces the site. */
    Set<String> changedPages() {
        return mode == Mode.FULL ? null : Set.copyOf(changed);
    }

    int renderedCount() {
        return rendered.size();
    }

    /**
     * Writes a file made after {@link #finish()} (the build report): into the staging folder, or over the
     * site where its bytes changed.
     */
    void file(String path, String text) {
        if (inPlace()) {
            writeIfChanged(pages.resolve(path), text.getBytes(StandardCharsets.UTF_8));
        } else {
            write(files, path, PageText.of(text));
        }
        if (state != null) state.files.add(path);
    }

    /**
     * Ends an in-place build: copies the scratch files that differ into the site, deletes what the build no
     * longer makes, and records the new site in the state. Ends a full build with a state by recording it.
     */
    void finish() {
        if (state == null || mode == Mode.PREVIEW) return;
        Path site = pages;
        Set<String> all = new TreeSet<>(written.keySet());
        if (mode == Mode.IN_PLACE) {
            for (String rel : filesUnder(files, "update " + site + " from")) {
                all.add(rel);
                try {
                    writeIfChanged(site.resolve(rel), Files.readAllBytes(files.resolve(rel)));
                } catch (IOException e) {
                    throw FiqraException.environment("cannot update " + site + ": " + e.getMessage(), e);
                }
            }
            for (String old : state.files) {
                if (kept.stream().anyMatch(old::startsWith)) all.add(old);
            }
            for (String old : state.files) {
                if (!all.contains(old) && !old.equals(SiteBuild.REPORT)) deleteWithEmptyParents(site, old);
            }
            SiteBuild.delete(files);
        } else {
            all.addAll(filesUnder(site, "list"));
        }
        state.pages.keySet().retainAll(written.keySet());
        state.pages.putAll(written);
        state.files.retainAll(all);
        state.files.addAll(all);
        state.usable = true;
    }

    /** The files under {@code folder} ({@link org.fiqra.check.WrittenSite#filesUnder}); failing, "cannot {@code doing} folder". */
    private static Set<String> filesUnder(Path folder, String doing) {
        try {
            return org.fiqra.check.WrittenSite.filesUnder(folder);
        } catch (java.io.UncheckedIOException e) {
            throw FiqraException.environment("cannot " + doing + " " + folder + ": " + e.getCause().getMessage(), e);
        }
    }

    private void write(Path root, String path, PageText text) {
        Path file = root.resolve(path);
        try {
            folderOf(file);
            PageBytes.write(file, text);
        } catch (IOException e) {
            throw FiqraException.environment("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Makes the folder of {@code file} unless this build made or found it already. */
    private void folderOf(Path file) throws IOException {
        Path folder = file.getParent();
        if (!folders.contains(folder)) {
            Files.createDirectories(folder);
            folders.add(folder);
        }
    }

    /** Writes {@code bytes} to {@code file} unless it holds them already; true if it wrote. */
    private boolean writeIfChanged(Path file, byte[] bytes) {
        try {
            if (Files.isRegularFile(file) && Files.size(file) == bytes.length
                    && Arrays.equals(Files.readAllBytes(file), bytes)) {
                return false;
            }
            folderOf(file);
            Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
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
        MessageDigest sha = org.fiqra.text.Sha256.digest();
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
