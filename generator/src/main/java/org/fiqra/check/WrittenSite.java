package org.fiqra.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.fiqra.text.PageText;

/** A written site folder: which files exist, and its HTML pages read on demand (once each). */
public final class WrittenSite {
    private final Path root;
    private final Set<String> files;
    /** The same paths as {@link #files}, hashed: {@link #exists} is asked for every link of every page. */
    private final Set<String> lookup;
    private final Map<String, WrittenPage> read = new ConcurrentHashMap<>();
    /** The ids of pages that links point into, kept instead of their pages (which would not fit at scale). */
    private final Map<String, Set<String>> ids = new ConcurrentHashMap<>();

    /** Per thread, the links that resolved from the folder of the pages it checked last (see {@link #resolvedFrom}). */
    private final ThreadLocal<FolderLinks> resolved = ThreadLocal.withInitial(FolderLinks::new);

    /** In a site still being written, the links its pages were checked with, to be verified when it is. */
    private final Set<String> linkedPaths;
    private final Set<String> linkedIds;
    /**
     * In a site still being written, the ids of each page checked, against which the links into it are
     * verified without reading it back; sorted, and one array for the pages that have the same ids (most
     * pages of a kind do).
     */
    private final Map<String, String[]> checkedIds;
    private final Map<Set<String>, String[]> idArrays;

    private WrittenSite(Path root, Set<String> files) {
        this.root = root;
        this.files = files;
        this.lookup = files == null ? null : new HashSet<>(files);
        this.linkedPaths = files == null ? ConcurrentHashMap.newKeySet() : null;
        this.linkedIds = files == null ? ConcurrentHashMap.newKeySet() : null;
        this.checkedIds = files == null ? new ConcurrentHashMap<>() : null;
        this.idArrays = files == null ? new ConcurrentHashMap<>() : null;
    }

    /**
     * A site still being written to {@code root}, whose pages are checked as they are rendered, from their
     * text ({@link #checkPage}): a link to another page is taken to resolve and recorded, and
     * {@link #linksResolveIn} verifies them all once the site is written. A build reads nothing back this way.
     */
    public static WrittenSite pending(Path root) {
        return new WrittenSite(root, null);
    }

    /** The problems {@code checks} find on the page at {@code path}, read from {@code html} as its file would be. */
    public java.util.List<String> checkPage(java.util.List<HtmlCheck> checks, String path, PageText html) {
        WrittenPage page = new WrittenPage(path, html, baseUri(path));
        java.util.List<String> problems = problems(checks, page);
        if (checkedIds != null) checkedIds.put(path, idArray(page.facts().distinctIdsView()));
        return problems;
    }

    /** {@code ids} sorted, in the array kept for every page that has those ids. */
    private String[] idArray(Set<String> ids) {
        String[] kept = idArrays.get(ids);
        if (kept == null) {
            String[] sorted = ids.toArray(String[]::new);
            Arrays.sort(sorted);
            kept = idArrays.putIfAbsent(Set.of(sorted), sorted);
            if (kept == null) kept = sorted;
        }
        return kept;
    }

    private java.util.List<String> problems(java.util.List<HtmlCheck> checks, WrittenPage page) {
        java.util.List<String> found = new java.util.ArrayList<>();
        for (HtmlCheck c : checks) {
            found.addAll(c.check(page, this));
        }
        return found;
    }

    /**
     * Whether every link that the pages of this pending site were checked with resolves in {@code written}:
     * a fragment of a page checked here is looked up in the ids it was checked with, which are those of the
     * file written from the same text; one of any other page, in its file.
     */
    public boolean linksResolveIn(WrittenSite written) {
        if (!linkedPaths.stream().allMatch(written::exists)) return false;
        return linkedIds.parallelStream().allMatch(k -> {
            int at = k.indexOf('#');
            String path = k.substring(0, at);
            String id = k.substring(at + 1);
            String[] ids = checkedIds.get(path);
            return ids == null ? written.hasId(path, id) : Arrays.binarySearch(ids, id) >= 0;
        });
    }

    public static WrittenSite of(Path root) {
        return new WrittenSite(root, filesUnder(root));
    }

    /**
     * The regular files under {@code root} (and links to one), as sorted paths relative to it with '/'; links
     * to folders are not followed. Each entry is looked at once: {@code Files.walk} filtered by
     * {@code Files::isRegularFile} asked the file system twice per file, which at 1,000 documents (134,000
     * files) took 1.0–1.4 s instead of 0.65 s.
     */
    public static TreeSet<String> filesUnder(Path root) {
        TreeSet<String> files = new TreeSet<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(file)) {
                        files.add(root.relativize(file).toString().replace('\\', '/'));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    public Path root() {
        return root;
    }

    public boolean exists(String path) {
        if (lookup == null) {
            // most links lead to a few pages; a look-up takes no lock where adding a present key does
            if (!linkedPaths.contains(path)) linkedPaths.add(path);
            return true;
        }
        return lookup.contains(path);
    }

    /**
     * The links found to resolve, on this thread, from pages of the folder of {@code pagePath}: each
     * reference (with a path of its own) and the file it leads to. The pages of a folder share most of
     * their links, and a link resolves the same from each of them, but to the page itself; null where the
     * page's path is not plain enough for that to hold ({@link SitePaths#isPlainPage}).
     */
    Map<String, String> resolvedFrom(String pagePath) {
        if (!SitePaths.isPlainPage(pagePath)) return null;
        FolderLinks f = resolved.get();
        int folderEnd = pagePath.lastIndexOf('/') + 1;
        if (f.folder.length() != folderEnd || !pagePath.startsWith(f.folder) || f.links.size() > FolderLinks.MAX) {
            f.folder = pagePath.substring(0, folderEnd);
            f.links.clear();
        }
        return f.links;
    }

    private static final class FolderLinks {
        /** Enough for the links of a folder's pages; a folder of pages that link far and wide starts afresh. */
        static final int MAX = 4096;
        String folder = "";
        final Map<String, String> links = new java.util.HashMap<>();
    }

    public Set<String> files() {
        return written().files;
    }

    public Set<String> pages() {
        return written().files.stream().filter(f -> f.endsWith(".html")).collect(Collectors.toCollection(TreeSet::new));
    }

    public WrittenPage page(String path) {
        return written().read.computeIfAbsent(path, this::read);
    }

    /** This site, if it is written: a pending one has no files to list or read yet. */
    private WrittenSite written() {
        if (lookup == null) throw new IllegalStateException("the site in " + root + " is still being written");
        return this;
    }

    /** Whether the page at {@code path} has an element with the id {@code id}. */
    public boolean hasId(String path, String id) {
        if (lookup == null) {
            String key = path + '#' + id;
            if (!linkedIds.contains(key)) linkedIds.add(key);
            return true;
        }
        Set<String> of = ids.computeIfAbsent(path, p -> {
            WrittenPage page = read.get(p);
            return (page == null ? read(p) : page).facts().distinctIds();
        });
        return of.contains(id);
    }

    /** The page at {@code path}, read from its file as UTF-8. */
    private WrittenPage read(String path) {
        try {
            return new WrittenPage(path, PageText.of(new String(Files.readAllBytes(root.resolve(path)), StandardCharsets.UTF_8)),
                    baseUri(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URI jsoup gives a page parsed from its file. */
    private String baseUri(String path) {
        return root.resolve(path).toFile().getAbsolutePath();
    }

    /** Runs every check over every page; problems by page, in page order. */
    public Map<String, java.util.List<String>> check(java.util.List<HtmlCheck> checks) {
        return check(checks, pages());
    }

    /** Runs every check over {@code only} (pages of this site; links from them are checked against all of it). */
    public Map<String, java.util.List<String>> check(java.util.List<HtmlCheck> checks, Set<String> only) {
        return check(checks, only, () -> { });
    }

    /** {@link #check(java.util.List, Set)}, calling {@code pageDone} (from any thread) as each page is checked. */
    public Map<String, java.util.List<String>> check(java.util.List<HtmlCheck> checks, Set<String> only, Runnable pageDone) {
        Map<String, java.util.List<String>> problems = new ConcurrentHashMap<>();
        // a list, not the sorted set itself: a tree set splits unevenly, and one core checked the last
        // two thirds of a 1,000-document site alone
        new java.util.ArrayList<>(only).parallelStream().forEach(path -> {
            java.util.List<String> found = problems(checks, page(path));
            read.remove(path);
            if (!found.isEmpty()) problems.put(path, found);
            pageDone.run();
        });
        return new TreeMap<>(problems);
    }
}
