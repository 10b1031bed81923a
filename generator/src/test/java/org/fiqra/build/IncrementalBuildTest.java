package org.fiqra.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.fiqra.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental build (the preview server's) leaves the same bytes as a full build, after each of a
 * series of edits to the seeds plus twelve synthetic documents: an edited clause, a new citation between
 * documents, an added and a deleted document, an edited English text, an edited template message, and a
 * broken edit (its document left out) and its repair; also after a quick preview of an edit, and after a build cancelled halfway. And
 * it renders only what changed.
 */
class IncrementalBuildTest {
    @TempDir
    Path tmp;

    private Path content;
    private Path templates;
    private final BuildState state = new BuildState();

    @Test
    void everyEditGivesTheBytesOfAFullBuild() throws IOException {
        content = tmp.resolve("content");
        Seeds.copy(Seeds.content(), content);
        Path synthetic = Seeds.synthetic();
        Path heldBack = tmp.resolve("held-back.md");
        try (Stream<Path> docs = Files.list(synthetic)) {
            for (Path p : docs.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                Path target = p.getFileName().toString().startsWith("00012_") ? heldBack : content.resolve("ar").resolve(p.getFileName());
                Files.copy(p, target);
            }
        }
        templates = Seeds.copyOfTemplates(tmp.resolve("templates"));
        Path live = tmp.resolve("live");

        BuildResult first = build(live, state);
        assertTrue(first.published(), first.diagnostics().toString());
        assertEquals(first.pages(), first.rendered(), "the first build renders everything");
        int pages = first.pages();

        BuildResult same = step("nothing changed", live);
        assertEquals(0, same.rendered(), "an unchanged corpus renders nothing");

        Path a = content.resolve("ar/00003_A-HRC-RES-57-1.md");
        replaceFirst(a, "**يحث**", "**يحث بقوة**");
        BuildResult edited = step("a clause edited", live);
        assertTrue(edited.rendered() > 0 && edited.rendered() < pages / 5,
                "one document edited re-renders its pages and those listing its clauses, not the site: "
                        + edited.rendered() + " of " + pages);

        // The preview server's first answer to an edit: the edited document's own pages, at once; the build
        // after it leaves the bytes of a full build.
        replaceFirst(a, "**يحث بقوة**", "**يحث بشدة**");
        BuildResult preview = QuickPreview.run(request(live), state, Set.of(a, content.resolve("ar/.a.md.swp"))).orElseThrow();
        assertTrue(Files.readString(live.resolve("a-hrc-res-57-1.html"), StandardCharsets.UTF_8).contains("يحث بشدة"),
                "the preview wrote the edit to the document's page");
        assertTrue(preview.changed().contains("a-hrc-res-57-1.html") && preview.changed().contains("en/a-hrc-res-57-1.html"),
                "in both trees: " + preview.changed());
        assertTrue(preview.changed().stream().allMatch(p -> p.matches("(en/)?a-hrc-res-57-1(\\.html|/.*)")),
                "and nothing but its own pages: " + preview.changed());
        step("a clause edited, previewed first", live);

        // A title edited (what the benchmark's preview step does): no clause's terms, topics or citations
        // change, so the related clauses and the search indexes are taken from the last build, not made again.
        replaceFirst(a, "1/57 - حماية الأطفال اللاجئين", "1/57 - حماية الأطفال اللاجئين والمهاجرين");
        step("a title edited", live);

        // A/RES/73/15 and A/RES/73/84 are in the corpus; make another document cite the first.
        Path b = content.resolve("ar/00005_A-RES-54-284.md");
        insertAfterFirstLine(b, "إن الجمعية العامة،", "وإذ تشير إلى قرارها ١٥/٧٣،");
        step("a new citation", live);

        Path added = content.resolve("ar/00012_A-RES-73-84.md");
        Files.copy(heldBack, added);
        assertTrue(QuickPreview.run(request(live), state, Set.of(added)).isEmpty(), "a new document waits for the build");
        step("a document added", live);

        Files.delete(content.resolve("ar/00004_A-RES-73-15.md"));
        BuildResult deleted = step("a document deleted", live);
        assertFalse(Files.exists(live.resolve("a-res-73-15.html")), "a deleted document's page is gone");
        assertFalse(Files.exists(live.resolve("a-res-73-15")), "and so is its folder of clause pages");
        assertTrue(deleted.pages() < pages + 200);

        replaceFirst(content.resolve("en/e-res-2017-18.md"), "Reaffirming", "Reaffirming once more");
        step("an English text edited", live);

        Path messages = templates.resolve("messages/en.properties");
        Files.writeString(messages, Files.readString(messages, StandardCharsets.UTF_8) + "\n# edited\n", StandardCharsets.UTF_8);
        BuildResult template = step("a template file edited", live);
        assertEquals(template.pages(), template.rendered(), "a template change renders everything again");

        // A build cancelled halfway through writing (a newer edit came) leaves a state the next build can trust.
        Files.writeString(messages, Files.readString(messages, StandardCharsets.UTF_8) + "\n# again\n", StandardCharsets.UTF_8);
        int[] asked = {0};
        BuildResult cancelled = new SiteBuild(request(live), state).cancelledWhen(() -> ++asked[0] > 10).run();
        assertTrue(cancelled.cancelled() && !cancelled.published() && cancelled.rendered() > 0,
                "cancelled while rendering: " + cancelled.rendered() + " pages");
        BuildResult resumed = step("a template edit after a cancelled build", live);
        assertTrue(resumed.rendered() < resumed.pages(), "what the cancelled build wrote is not rendered again");

        // A broken edit leaves its document out, as a full build does, and the rest of the site stays.
        String before = Files.readString(a, StandardCharsets.UTF_8);
        Files.writeString(a, "---\nsymbol: \n---\n", StandardCharsets.UTF_8);
        BuildResult broken = step("a broken edit", live);
        assertEquals(List.of("content/ar/00003_A-HRC-RES-57-1.md"), broken.leftOut());
        assertFalse(Files.exists(live.resolve("a-hrc-res-57-1.html")), "the broken document's page is gone");
        assertTrue(Files.exists(live.resolve("index.html")), "and the rest of the site stays");
        Files.writeString(a, before, StandardCharsets.UTF_8);
        step("the broken edit repaired", live);
    }

    /** Builds incrementally into {@code live} and fully into a fresh folder, and compares the two. */
    private BuildResult step(String what, Path live) throws IOException {
        BuildResult incremental = build(live, state);
        assertTrue(incremental.published(), what + ": " + incremental.diagnostics());
        Path full = tmp.resolve("full-" + what.replace(' ', '-'));
        BuildResult reference = build(full, null);
        assertTrue(reference.published(), what);
        assertEquals(reference.pages(), incremental.pages(), what + ": pages");
        assertSameTree(full, live, what);
        return incremental;
    }

    private BuildResult build(Path output, BuildState with) {
        return new SiteBuild(request(output), with).run();
    }

    private BuildRequest request(Path output) {
        return new BuildRequest(content, templates, output, false, true, "https://example.org/fiqra/");
    }

    private static void assertSameTree(Path expected, Path actual, String what) throws IOException {
        Map<String, byte[]> want = tree(expected);
        Map<String, byte[]> got = tree(actual);
        assertEquals(want.keySet(), got.keySet(), what + ": the same files and folders");
        List<String> differ = new ArrayList<>();
        want.forEach((path, bytes) -> {
            if (!Arrays.equals(bytes, got.get(path))) differ.add(path);
        });
        assertTrue(differ.isEmpty(), what + ": files whose bytes differ from a full build: " + differ);
    }

    /** Every file and folder under {@code root}, with the bytes of the files. */
    private static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                out.put(Files.isDirectory(p) ? rel + "/" : rel, Files.isDirectory(p) ? new byte[0] : Files.readAllBytes(p));
            }
        }
        return out;
    }

    private static void replaceFirst(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " has '" + from + "'");
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to), StandardCharsets.UTF_8);
    }

    private static void insertAfterFirstLine(Path file, String line, String inserted) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int at = text.indexOf(line + "\n");
        assertTrue(at >= 0, file + " has the line '" + line + "'");
        at += line.length() + 1;
        Files.writeString(file, text.substring(0, at) + "\n" + inserted + "\n" + text.substring(at), StandardCharsets.UTF_8);
    }
}
