package org.fiqra.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/** A written site folder: which files exist, and its HTML pages parsed on demand (once each). */
public final class WrittenSite {
    private final Path root;
    private final Set<String> files;
    private final Map<String, org.jsoup.nodes.Document> parsed = new ConcurrentHashMap<>();

    private WrittenSite(Path root, Set<String> files) {
        this.root = root;
        this.files = files;
    }

    public static WrittenSite of(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            Set<String> files = walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
            return new WrittenSite(root, files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    public boolean exists(String path) {
        return files.contains(path);
    }

    public Set<String> files() {
        return files;
    }

    public Set<String> pages() {
        return files.stream().filter(f -> f.endsWith(".html")).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    public WrittenPage page(String path) {
        return new WrittenPage(path, parsed.computeIfAbsent(path, p -> {
            try {
                return Jsoup.parse(root.resolve(p).toFile(), "UTF-8");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    /** Runs every check over every page; problems by page, in page order. */
    public Map<String, java.util.List<String>> check(java.util.List<HtmlCheck> checks) {
        return check(checks, pages());
    }

    /** Runs every check over {@code only} (pages of this site; links from them are checked against all of it). */
    public Map<String, java.util.List<String>> check(java.util.List<HtmlCheck> checks, Set<String> only) {
        Map<String, java.util.List<String>> problems = new ConcurrentHashMap<>();
        only.parallelStream().forEach(path -> {
            WrittenPage page = page(path);
            java.util.List<String> found = new java.util.ArrayList<>();
            for (HtmlCheck c : checks) {
                found.addAll(c.check(page, this));
            }
            parsed.remove(path);
            if (!found.isEmpty()) problems.put(path, found);
        });
        return new TreeMap<>(problems);
    }
}
