package org.fiqra.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.fiqra.Seeds;
import org.fiqra.build.BuildRequest;
import org.fiqra.build.SiteBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check goal over a built site: passes on the seeds, fails and lists the links a broken template emits. */
class CheckMojoTest {
    @TempDir
    Path tmp;

    /** Captures what the goal logs as errors. */
    static final class Captured extends SystemStreamLog {
        final List<String> errors = new ArrayList<>();

        @Override
        public void error(CharSequence content) {
            errors.add(content.toString());
        }

        @Override
        public void info(CharSequence content) {
        }
    }

    private Path templates(String clauseTemplateReplacement) throws IOException {
        Path templates = Seeds.copyOfTemplates(tmp.resolve("templates"));
        if (clauseTemplateReplacement != null) {
            Path clause = templates.resolve("clause.ftlh");
            String template = Files.readString(clause);
            String anchor = "<article class=\"clause-page\">";
            if (!template.contains(anchor)) throw new AssertionError("clause.ftlh has no " + anchor);
            Files.writeString(clause, template.replace(anchor, anchor + clauseTemplateReplacement));
        }
        return templates;
    }

    private CheckMojo mojo(Path site, Captured log) {
        CheckMojo mojo = new CheckMojo();
        mojo.output = site.toFile();
        mojo.setLog(log);
        return mojo;
    }

    @Test
    void passesOnTheSeedSite() throws Exception {
        Path site = tmp.resolve("site");
        new SiteBuild(new BuildRequest(Seeds.content(), templates(null), site, false, false)).run();
        Captured log = new Captured();
        mojo(site, log).execute();
        assertEquals(List.of(), log.errors);
    }

    @Test
    void failsOnATemplateThatEmitsABrokenLink() throws Exception {
        Path site = tmp.resolve("site");
        Path broken = templates("<a href=\"${cp.clause.id}-missing.html\">1</a><a href=\"#nowhere\">2</a>"
                + "<a href=\"${cp.documentHref?keep_before('#')}#nowhere\">3</a>");
        var result = new SiteBuild(new BuildRequest(Seeds.content(), broken, site, false, false)).run();
        assertTrue(result.published(), "built without the build's own check");
        Captured log = new Captured();
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo(site, log).execute());
        int clausePages = (int) org.fiqra.check.WrittenSite.of(site).pages().stream()
                .filter(p -> p.matches("(en/)?[a-z0-9-]+/(pp|op|para)-[0-9a-z-]+\\.html")).count();
        assertEquals(3 * clausePages, log.errors.size(), log.errors.stream().filter(x -> x.contains("a-res-66-122/op-3.html")).toList().toString());
        assertTrue(log.errors.contains("a-res-66-122/op-3.html: link 'op-3-missing.html' leads to no file"), log.errors.get(0));
        assertTrue(log.errors.contains("a-res-66-122/op-3.html: link '#nowhere' names no element with id 'nowhere'"));
        assertTrue(log.errors.contains("a-res-66-122/op-3.html: link '../a-res-66-122.html#nowhere' names no element with id"
                + " 'nowhere'"), "a fragment into another page is checked against that page's ids: " + log.errors.stream()
                .filter(x -> x.startsWith("a-res-66-122/op-3.html")).toList());
        assertTrue(e.getMessage().startsWith("Fiqra check: " + log.errors.size() + " problems in " + clausePages + " pages"),
                e.getMessage());
    }
}
