package org.fiqra.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fiqra.Seeds;
import org.fiqra.build.BuildRequest;
import org.fiqra.build.BuildResult;
import org.fiqra.build.SiteBuild;
import org.fiqra.diag.Diagnostic;
import org.fiqra.diag.Severity;
import org.fiqra.text.Slug;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real texts as an editor would add them, in one folder: the whole site is published, every
 * document in it, with no error, and every clause of the hand counts has its page.
 */
class RealTextsSiteTest {
    @TempDir
    Path tmp;

    @Test
    void aFolderOfRealTextsIsPublishedWhole() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("ar"));
        Files.createDirectories(content.resolve("en"));
        for (String data : List.of("glossary.yml", "instruments.yml", "topics.yml")) {
            Files.copy(Seeds.content().resolve(data), content.resolve(data));
        }
        Files.writeString(content.resolve("bodies.yml"), Files.readString(Seeds.content().resolve("bodies.yml")) + "\n"
                + Files.readString(RealTexts.folder().resolve("bodies-extra.yml")), StandardCharsets.UTF_8);
        Set<String> symbols = new HashSet<>();
        List<RealTexts.Case> published = new ArrayList<>();
        for (RealTexts.Case c : RealTexts.cases()) {
            var fm = c.source().frontMatter();
            boolean english = "en".equals(fm.language());
            // another rendering of a symbol already here (sc338b) would be a duplicate slug: it has a site of its own
            if (!english && !symbols.add(fm.symbol())) continue;
            if (english && !symbols.contains(fm.symbol())) continue;
            StringBuilder text = new StringBuilder("---\nsymbol: \"" + fm.symbol() + "\"\n");
            if (fm.body() != null) text.append("body: ").append(fm.body()).append('\n');
            if (fm.date() != null) text.append("date: ").append(fm.date()).append('\n');
            if (fm.title() != null) text.append("title: \"").append(fm.title().replace("\"", "\\\"")).append("\"\n");
            if (english) text.append("language: en\n");
            text.append("---\n").append(String.join("\n", c.source().bodyLines()));
            Files.writeString(content.resolve(english ? "en" : "ar").resolve(Slug.of(fm.symbol()) + ".md"), text,
                    StandardCharsets.UTF_8);
            if (!english) published.add(c);
        }
        Path out = tmp.resolve("out");
        BuildResult r = new SiteBuild(new BuildRequest(content, Seeds.templates(), out, false, true)).run();
        List<Diagnostic> errors = r.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        assertEquals(List.of(), errors);
        assertTrue(r.published());
        assertEquals(List.of(), r.leftOut());
        for (RealTexts.Case c : published) {
            String slug = Slug.of(c.source().frontMatter().symbol());
            var page = Jsoup.parse(out.resolve(slug + ".html").toFile(), "UTF-8");
            // a count the text does not give is left out of the vote's summary, never shown as -1
            page.select(".vote-summary").forEach(v -> assertTrue(!v.text().contains("-"), c.id() + ": " + v.text()));
            assertEquals(c.expected().vote(), !page.select("#vote").isEmpty(), c.id() + ": the page shows the vote");
            for (String id : c.expected().clauses().keySet()) {
                assertTrue(page.getElementById(id) != null, c.id() + ": the document page has clause " + id);
                if (id.chars().filter(ch -> ch == '-').count() == 1) {
                    assertTrue(Files.exists(out.resolve(slug).resolve(id + ".html")), c.id() + ": clause " + id + " has its page");
                }
            }
        }
    }
}
