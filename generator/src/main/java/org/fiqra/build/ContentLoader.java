package org.fiqra.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import org.fiqra.diag.Diagnostic;
import java.util.stream.Stream;
import org.fiqra.content.ContentReader;
import org.fiqra.content.SourceFile;
import org.fiqra.diag.Diagnostic.Code;
import org.fiqra.diag.Diagnostics;
import org.fiqra.diag.FiqraException;
import org.fiqra.diag.SourcePosition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The load stage: the Arabic source files ({@code content/ar/*.md}, or, for a folder without
 * {@code ar/}, the {@code *.md} files at its top, as make-corpus writes them) and the data files.
 */
final class ContentLoader {
    /**
     * A source file as read once, with what reading it reported. It is read again when its size or time of
     * change differ, or when it changed so shortly before it was read that a second change within the file
     * system's clock tick could hide behind the same time (git's "racily clean" files).
     */
    record Read(FileTime modified, long size, long readAt, Optional<SourceFile> source, List<Diagnostic> diagnostics) {
        private static final long RACY_MS = 2_000;

        boolean stillTrue(BasicFileAttributes now) {
            return now.lastModifiedTime().equals(modified) && now.size() == size
                    && modified.toMillis() < readAt - RACY_MS;
        }
    }

    private final Path content;
    private final Diagnostics diagnostics;
    private final String displayRoot;
    private final Map<Path, Read> reads;
    /** The errors of the texts that could not be read, each naming its file: those texts are left out. */
    private final List<Diagnostic> unreadable = new ArrayList<>();

    ContentLoader(Path content, Diagnostics diagnostics) {
        this(content, diagnostics, null);
    }

    /** A loader that takes unchanged source files from {@code reads} (of an earlier build), and keeps them there. */
    ContentLoader(Path content, Diagnostics diagnostics, Map<Path, Read> reads) {
        this.content = content;
        this.diagnostics = diagnostics;
        Path name = content.getFileName();
        this.displayRoot = name == null ? "" : name + "/";
        this.reads = reads;
    }

    List<SourceFile> sources() {
        if (!Files.isDirectory(content)) {
            throw FiqraException.environment("the content folder " + content + " does not exist", null);
        }
        List<SourceFile> out = new ArrayList<>();
        for (Path f : markdownFiles(arabicFolder())) {
            read(f, false).ifPresent(out::add);
        }
        return out;
    }

    /** Where the Arabic texts are: {@code ar/}, or the content folder itself if it has none. */
    Path arabicFolder() {
        Path ar = content.resolve("ar");
        return Files.isDirectory(ar) ? ar : content;
    }

    /** Where the English texts are. */
    Path englishFolder() {
        return content.resolve("en");
    }

    /**
     * The source file at {@code file}, read as {@link #sources()} or {@link #englishSources()} reads it; empty
     * if it is not a text of either folder, or cannot be read (reported).
     */
    Optional<SourceFile> source(Path file) {
        Path dir = file.getParent();
        boolean arabic = dir.equals(arabicFolder());
        if (!arabic && !dir.equals(englishFolder()) || !file.getFileName().toString().endsWith(".md")
                || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return read(file, !arabic);
    }

    /** The {@code *.md} files of a folder, in name order. */
    private static List<Path> markdownFiles(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw FiqraException.environment("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The English texts, {@code en/<slug>.md}: none if the folder has no {@code en/}. */
    List<SourceFile> englishSources() {
        Path en = englishFolder();
        if (!Files.isDirectory(en)) return List.of();
        List<SourceFile> out = new ArrayList<>();
        for (Path f : markdownFiles(en)) {
            read(f, true).ifPresent(out::add);
        }
        return out;
    }

    /**
     * The errors for which texts read so far were left out ({@link #sources()} and {@link #englishSources()}
     * give the others): a file that is not UTF-8 text, empty or binary, front matter that is not YAML or has no
     * symbol. Each is that one file's fault; the rest of the corpus does not depend on it.
     */
    List<Diagnostic> unreadable() {
        return List.copyOf(unreadable);
    }

    /** One source file, read now or taken from the earlier build's reads if it did not change since. */
    private Optional<SourceFile> read(Path file, boolean english) {
        Read read = reads == null ? null : cachedRead(file, english);
        Optional<SourceFile> source;
        List<Diagnostic> reported;
        if (read != null) {
            source = read.source();
            reported = read.diagnostics();
        } else {
            Diagnostics own = new Diagnostics();
            source = readNow(file, english, own);
            reported = own.all();
        }
        reported.forEach(diagnostics::add);
        if (source.isEmpty()) {
            reported.stream().filter(d -> d.severity() == org.fiqra.diag.Severity.ERROR).forEach(unreadable::add);
        }
        return source;
    }

    /** The read of {@code file} kept in {@link #reads}, made again if the file changed; null if it has no attributes now. */
    private Read cachedRead(Path file, boolean english) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            reads.remove(file);
            return null;
        }
        Read read = reads.get(file);
        if (read == null || !read.stillTrue(attributes)) {
            long readAt = System.currentTimeMillis();
            Diagnostics own = new Diagnostics();
            read = new Read(attributes.lastModifiedTime(), attributes.size(), readAt, readNow(file, english, own), own.all());
            reads.put(file, read);
        }
        return read;
    }

    private Optional<SourceFile> readNow(Path file, boolean english, Diagnostics into) {
        Optional<SourceFile> read = new ContentReader(into).read(file, display(file));
        return english ? read.map(ContentLoader::english) : read;
    }

    /** A text of en/ is English whatever its front matter forgot to say. */
    private static SourceFile english(SourceFile sf) {
        org.fiqra.content.FrontMatter fm = sf.frontMatter();
        return new SourceFile(sf.display(), new org.fiqra.content.FrontMatter(fm.symbol(), fm.body(), fm.date(), fm.title(), "en",
                fm.translation(), fm.source()), sf.bodyLines(), sf.firstBodyLine());
    }

    /** The body names: Fiqra's defaults, then {@code bodies.yml} of the content folder over them. */
    Bodies bodies() {
        Map<String, Map<String, String>> names = new LinkedHashMap<>();
        try (var in = ContentLoader.class.getResourceAsStream("bodies.yml")) {
            readBodies(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), "bodies.yml", names);
        } catch (IOException e) {
            throw FiqraException.environment("cannot read Fiqra's default bodies: " + e.getMessage(), e);
        }
        Path file = content.resolve("bodies.yml");
        if (Files.isRegularFile(file)) {
            try {
                readBodies(Files.readString(file), display(file), names);
            } catch (IOException e) {
                diagnostics.error(Code.DATA_FILE, SourcePosition.of(display(file)), "cannot be read: " + e.getMessage());
            }
        }
        return new Bodies(names);
    }

    /** The instruments cited by name, from {@code instruments.yml} (none if the folder has none). */
    org.fiqra.link.Instruments instruments() {
        Path file = content.resolve("instruments.yml");
        return org.fiqra.link.Instruments.load(file, display(file), diagnostics);
    }

    /** The topic vocabulary of {@code topics.yml} (none if the folder has none). */
    org.fiqra.index.Topics topics() {
        Path file = content.resolve("topics.yml");
        return org.fiqra.index.Topics.load(file, display(file), diagnostics);
    }

    /** The verbs and phrases of {@code glossary.yml} (none if the folder has none). */
    org.fiqra.index.Glossary glossary() {
        Path file = content.resolve("glossary.yml");
        return org.fiqra.index.Glossary.load(file, display(file), diagnostics);
    }

    private void readBodies(String yaml, String display, Map<String, Map<String, String>> names) {
        try {
            Object o = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
            if (o == null) return;
            if (!(o instanceof Map<?, ?> map)) {
                diagnostics.error(Code.DATA_FILE, new SourcePosition(display, 1, 1),
                        "must map body codes to names, for example: ga: {ar: الجمعية العامة, en: General Assembly}");
                return;
            }
            for (var e : map.entrySet()) {
                if (e.getValue() instanceof Map<?, ?> langs) {
                    Map<String, String> n = new LinkedHashMap<>();
                    langs.forEach((k, v) -> n.put(String.valueOf(k), String.valueOf(v)));
                    names.put(String.valueOf(e.getKey()), n);
                } else {
                    diagnostics.error(Code.DATA_FILE, SourcePosition.of(display),
                            "body '" + e.getKey() + "' needs names by language, for example {ar: …, en: …}");
                }
            }
        } catch (MarkedYAMLException e) {
            diagnostics.error(Code.DATA_FILE, new SourcePosition(display, e.getProblemMark().getLine() + 1,
                    e.getProblemMark().getColumn() + 1), "not valid YAML: " + e.getProblem());
        }
    }

    private String display(Path file) {
        return displayRoot + content.relativize(file).toString().replace('\\', '/');
    }
}
