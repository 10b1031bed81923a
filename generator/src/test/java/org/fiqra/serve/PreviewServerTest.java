package org.fiqra.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.fiqra.Chromium;
import org.fiqra.Seeds;
import org.fiqra.build.BuildRequest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview server on a temporary copy of the content: it serves the site, an edit shows on the page over
 * HTTP and in an open browser (which reloads by itself), a broken edit shows its errors without stopping the
 * server (a document's error leaves that document out, a data file's keeps the last site), and closing it
 * frees the port and its threads.
 */
class PreviewServerTest {
    private static final String DOC = "ar/a-res-66-122.md";
    private static final String OPENING = "١ - **تؤكد** ضرورة";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    private Path content;
    private PreviewServer server;
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws IOException {
        content = Seeds.copy(Seeds.content(), tmp.resolve("content"));
        Path templates = Seeds.copyOfTemplates(tmp.resolve("templates"));
        server = PreviewServer.start(new BuildRequest(content, templates, tmp.resolve("preview"), false, true), 0, log::add);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anEditShowsOnThePageAndABrokenOneShowsItsErrors() throws Exception {
        HttpResponse<String> page = get("/a-res-66-122.html");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(Jsoup.parse(page.body()).select("script[src^=/__fiqra/live.js]").size() == 1, "the page has the live script");
        assertEquals(200, get("/__fiqra/live.js").statusCode());
        assertEquals(200, get("/en/").statusCode(), "a folder serves its index.html");
        assertEquals(404, get("/no-such-page.html").statusCode());
        assertFalse(get("/../../etc/passwd").body().contains("root:"), "nothing outside the site is served");
        JsonNode first = status(-1);
        assertTrue(first.get("ok").asBoolean());
        int build = first.get("build").asInt();

        edit(OPENING, "١ - **تؤكد** كلمةللتجربة ضرورة");
        // The first answer is normally the preview's; a slow test thread may see the whole site's build first,
        // but the numbers tell: the preview is build N+1, the whole site N+2.
        JsonNode preview = status(build);
        if (!preview.get("complete").asBoolean()) {
            assertTrue(preview.get("ok").asBoolean(), preview.toString());
            assertEquals(build + 1, preview.get("build").asInt());
        }
        assertTrue(get("/a-res-66-122.html").body().contains("كلمةللتجربة"), "the document page shows the edit");
        assertTrue(get("/a-res-66-122/op-1.html").body().contains("كلمةللتجربة"), "so does the clause's own page");
        assertTrue(get("/en/a-res-66-122/op-1.html").body().contains("كلمةللتجربة"), "and its page in the English tree");
        assertTrue(reload("/a-res-66-122/op-1.html", build), "an open page the edit changed reloads");

        JsonNode second = complete(build);
        assertTrue(second.get("ok").asBoolean(), second.toString());
        assertEquals(build + 2, second.get("build").asInt(), "the edited document's pages came first, as a build of their own");
        assertTrue(get("/a-res-66-122.html").body().contains("كلمةللتجربة"), "the built site has the edit too");
        assertFalse(reload("/search.html", build), "an open page the edit did not change stays as it is");
        assertTrue(log.stream().anyMatch(l -> l.contains("previewed the edit")), log.toString());
        assertTrue(log.stream().anyMatch(l -> l.contains("pages rendered")), log.toString());

        String good = Files.readString(content.resolve(DOC), StandardCharsets.UTF_8);
        Files.writeString(content.resolve(DOC), good.replace("symbol: A/RES/66/122", "symbol:"), StandardCharsets.UTF_8);
        JsonNode broken = complete(second.get("build").asInt());
        assertEquals(second.get("build").asInt() + 1, broken.get("build").asInt(), "a broken edit has no preview");
        assertFalse(broken.get("ok").asBoolean());
        assertTrue(broken.get("problems").get(0).asText().contains("error"), "the errors are listed");
        assertFalse(broken.get("problems").toString().contains("warning"), "not the warnings, which did not stop the build");
        assertTrue(broken.get("problems").toString().contains("a-res-66-122.md:1:1: error [SYMBOL_MISSING]"),
                "the problem names the file and line: " + broken.get("problems"));
        // one document's error leaves it out, as from the published site, and the others are built
        assertTrue(broken.get("published").asBoolean(), broken.toString());
        assertTrue(broken.get("problems").toString().contains("left out of the site: content/ar/a-res-66-122.md"),
                broken.get("problems").toString());
        HttpResponse<String> gone = get("/a-res-66-122.html");
        assertEquals(404, gone.statusCode(), "the broken document has no page");
        assertEquals(1, Jsoup.parse(gone.body()).select("script[src^=/__fiqra/live.js]").size(), "the page there shows the errors");
        assertEquals(200, get("/e-res-2017-18.html").statusCode(), "the other documents are served");

        // Another document edited while this one is broken: its pages come first, and the problems stay listed.
        Path other = content.resolve("ar/e-res-2017-18.md");
        Files.writeString(other, Files.readString(other, StandardCharsets.UTF_8)
                .replace("إن المجلس الاقتصادي والاجتماعي،", "إن المجلس الاقتصادي والاجتماعي كلمةأخرى،"), StandardCharsets.UTF_8);
        int brokenBuild = broken.get("build").asInt();
        JsonNode whileBroken = status(brokenBuild);
        if (!whileBroken.get("complete").asBoolean()) {
            assertFalse(whileBroken.get("ok").asBoolean(), "the site is still broken: " + whileBroken);
            assertTrue(whileBroken.get("problems").toString().contains("SYMBOL_MISSING"), whileBroken.toString());
        }
        assertTrue(get("/e-res-2017-18.html").body().contains("كلمةأخرى"), "the other document's page shows its edit");
        JsonNode stillBroken = complete(brokenBuild);
        assertFalse(stillBroken.get("ok").asBoolean());
        assertEquals(brokenBuild + 2, stillBroken.get("build").asInt(), "the other document had a preview first");

        Files.writeString(content.resolve(DOC), good, StandardCharsets.UTF_8);
        JsonNode repaired = complete(stillBroken.get("build").asInt());
        assertTrue(repaired.get("ok").asBoolean(), "the repaired edit builds");

        // An error of the site (a data file every document's pages use) keeps the last site that built.
        Path topics = content.resolve("topics.yml");
        String vocabulary = Files.readString(topics, StandardCharsets.UTF_8);
        Files.writeString(topics, "- id: family\n  en: Family\n", StandardCharsets.UTF_8);
        JsonNode siteBroken = complete(repaired.get("build").asInt());
        assertFalse(siteBroken.get("ok").asBoolean() || siteBroken.get("published").asBoolean(), siteBroken.toString());
        assertTrue(siteBroken.get("problems").toString().contains("topics.yml: error [DATA_FILE]"), siteBroken.toString());
        HttpResponse<String> stale = get("/a-res-66-122.html");
        assertEquals(200, stale.statusCode(), "the last good site is still served");
        assertTrue(stale.body().contains("كلمةللتجربة"));
        Files.writeString(topics, vocabulary, StandardCharsets.UTF_8);
        assertTrue(complete(siteBroken.get("build").asInt()).get("ok").asBoolean(), "the repaired data file builds");
    }

    @Test
    void anOpenPageReloadsItselfAndShowsABrokenBuild() throws Exception {
        int build = status(-1).get("build").asInt();
        try (Chromium chrome = new Chromium()) {
            chrome.open(server.address() + "a-res-66-122.html");
            chrome.eval("window.beforeTheEdit = true");
            edit(OPENING, "١ - **تؤكد** كلمةفيالمتصفح ضرورة");
            assertTrue(chrome.waitFor("!window.beforeTheEdit && document.body.textContent.includes('كلمةفيالمتصفح')", 30),
                    "the open page reloaded with the edit");

            String good = Files.readString(content.resolve(DOC), StandardCharsets.UTF_8);
            Files.writeString(content.resolve(DOC), good.replace("symbol: A/RES/66/122", "symbol:"), StandardCharsets.UTF_8);
            assertTrue(chrome.waitFor("document.getElementById('fiqra-build-problems')"
                    + " && document.getElementById('fiqra-build-problems').textContent.includes('a-res-66-122.md:1:1: error')", 30),
                    "the page shows the build's errors, naming the file and line");
            assertTrue(chrome.waitFor("document.getElementById('fiqra-build-problems').textContent"
                    + ".includes('The site was built, but these sources have errors')", 5), "and that the rest of the site was built");
            Files.writeString(content.resolve(DOC), good, StandardCharsets.UTF_8);
            assertTrue(chrome.waitFor("!document.getElementById('fiqra-build-problems')"
                    + " && document.body.textContent.includes('كلمةفيالمتصفح')", 30), "the repaired edit reloads the page");
            assertTrue(chrome.problems().isEmpty(), "no console error or CSP violation: " + chrome.problems());
        }
        assertTrue(status(-1).get("build").asInt() >= build + 3);
    }

    @Test
    void closingFreesThePortAndTheThreads() throws Exception {
        URI home = server.address();
        assertEquals(200, get("/").statusCode());
        server.close();
        assertThrows(IOException.class, () -> http.send(HttpRequest.newBuilder(home).build(), HttpResponse.BodyHandlers.ofString()));
        Thread.sleep(200);
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().startsWith("fiqra-watch")),
                "the watcher thread ended");
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().startsWith("fiqra-build")),
                "and so did the builder thread");
    }

    private void edit(String from, String to) throws IOException {
        Path file = content.resolve(DOC);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from));
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    /** The status after build {@code after} (the current one for -1), waiting for it as the page's script does. */
    private JsonNode status(int after) throws IOException, InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonNode s = JSON.readTree(get("/__fiqra/status?after=" + after).body());
            if (s.get("build").asInt() > after || System.nanoTime() > end) return s;
        }
    }

    /** The first status after build {@code after} of a build of the whole site (not a preview). */
    private JsonNode complete(int after) throws IOException, InterruptedException {
        JsonNode s = status(after);
        while (!s.get("complete").asBoolean()) s = status(s.get("build").asInt());
        return s;
    }

    /** Whether a browser showing {@code page} from build {@code since} is told to reload it now. */
    private boolean reload(String page, int since) throws IOException, InterruptedException {
        return JSON.readTree(get("/__fiqra/status?since=" + since + "&page=" + page).body()).get("reload").asBoolean();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
