package org.fiqra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headless Chromium (Debian's package, which the build's test set-up installs) driven over the DevTools
 * protocol with the JDK's WebSocket client: open a page, type, press keys, evaluate script, and collect
 * what the page reported — console errors and warnings, uncaught exceptions, Content-Security-Policy
 * violations (seen by a listener added before any script of the page runs, so none escapes it).
 */
public final class Chromium implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private final List<String> requested = Collections.synchronizedList(new ArrayList<>());
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();
    private String session;

    /** The browser's executable: {@code $FIQRA_CHROMIUM}, else {@code chromium} on the PATH. */
    public static String executable() {
        String env = System.getenv("FIQRA_CHROMIUM");
        return env != null && !env.isBlank() ? env : "chromium";
    }

    public Chromium() throws IOException, InterruptedException {
        profile = Files.createTempDirectory("fiqra-chromium");
        ProcessBuilder browser = new ProcessBuilder(executable(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--remote-debugging-port=0", "--user-data-dir=" + profile, "--window-size=1200,900", "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        // its own temporary folders (the singleton socket's, one pair a run) go in the profile, deleted with it
        browser.environment().put("TMPDIR", profile.toString());
        process = browser.start();
        String url = null;
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        for (String line; url == null && (line = err.readLine()) != null; ) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) url = m.group(1);
        }
        if (url == null) throw new IOException(executable() + " did not start its DevTools endpoint");
        Thread drain = new Thread(() -> {
            try {
                while (err.readLine() != null) {
                    // The browser's own log is not the page's: only drained.
                }
            } catch (IOException ignored) {
                // the browser has gone
            }
        });
        drain.setDaemon(true);
        drain.start();
        socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(20))
                .buildAsync(URI.create(url), new Listener()).join();
        String target = call(null, "Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
        session = call(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true)).get("sessionId").asText();
        send("Runtime.enable", Map.of());
        send("Log.enable", Map.of());
        send("Page.enable", Map.of());
        send("Network.enable", Map.of());
        send("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "document.addEventListener('securitypolicyviolation', e => console.error('CSP violation: '"
                        + " + e.violatedDirective + ' ' + e.blockedURI));"));
    }

    /** Opens a page and waits for its load event. */
    public void open(String url) throws IOException, InterruptedException {
        loaded = new CompletableFuture<>();
        send("Page.navigate", Map.of("url", url));
        try {
            loaded.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("the page did not load: " + url, e);
        }
    }

    /** Types text into the focused element, as a keyboard (or an input method) would. */
    public void type(String text) throws IOException, InterruptedException {
        send("Input.insertText", Map.of("text", text));
    }

    /** Presses Enter in the focused element. */
    public void pressEnter() throws IOException, InterruptedException {
        for (String type : List.of("keyDown", "keyUp")) {
            send("Input.dispatchKeyEvent", Map.of("type", type, "key", "Enter", "code", "Enter",
                    "windowsVirtualKeyCode", 13, "text", "\r"));
        }
    }

    /** The value of a script expression (awaited if it is a promise), as JSON. */
    public JsonNode eval(String expression) throws IOException, InterruptedException {
        JsonNode r = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        if (r.has("exceptionDetails")) throw new IOException("script failed: " + r.get("exceptionDetails"));
        return r.get("result").path("value");
    }

    /** Evaluates {@code condition} until it is true, for at most {@code seconds}. */
    public boolean waitFor(String condition, int seconds) throws IOException, InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            try {
                if (eval("Boolean(" + condition + ")").asBoolean()) return true;
            } catch (IOException e) {
                // a page between two documents (navigating) has no document to ask yet
            }
            Thread.sleep(50);
        }
        return false;
    }

    /** The console errors and warnings, uncaught exceptions and CSP violations the pages reported so far. */
    public List<String> problems() {
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }

    /** Every address the pages requested (documents, scripts, styles, fonts, images), in order. */
    public List<String> requested() {
        synchronized (requested) {
            return List.copyOf(requested);
        }
    }

    public JsonNode send(String method, Map<String, Object> params) throws IOException, InterruptedException {
        return call(session, method, params);
    }

    private JsonNode call(String sessionId, String method, Map<String, Object> params) throws IOException, InterruptedException {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode();
        message.put("id", id);
        message.put("method", method);
        message.set("params", JSON.valueToTree(params));
        if (sessionId != null) message.put("sessionId", sessionId);
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(JSON.writeValueAsString(message), true).join();
        try {
            JsonNode r = reply.get(30, TimeUnit.SECONDS);
            if (r.has("error")) throw new IOException(method + ": " + r.get("error"));
            return r.path("result");
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IOException(method + " got no answer", e);
        }
    }

    private void event(JsonNode m) {
        String method = m.path("method").asText();
        JsonNode p = m.path("params");
        switch (method) {
            case "Page.loadEventFired" -> loaded.complete(null);
            case "Network.requestWillBeSent" -> {
                String url = p.path("request").path("url").asText();
                requested.add(url);
            }
            case "Runtime.consoleAPICalled" -> {
                String type = p.path("type").asText();
                if (type.equals("error") || type.equals("warning") || type.equals("assert")) {
                    StringBuilder text = new StringBuilder("console." + type + ":");
                    p.path("args").forEach(a -> text.append(' ').append(a.path("value").asText(a.path("description").asText())));
                    problems.add(text.toString());
                }
            }
            case "Runtime.exceptionThrown" -> problems.add("exception: " + p.path("exceptionDetails").path("exception")
                    .path("description").asText(p.path("exceptionDetails").path("text").asText()));
            case "Log.entryAdded" -> {
                JsonNode e = p.path("entry");
                if (e.path("level").asText().matches("error|warning")) {
                    problems.add("log." + e.path("source").asText() + ": " + e.path("text").asText() + " " + e.path("url").asText());
                }
            }
            default -> {
                // other events are not needed
            }
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
        } catch (RuntimeException ignored) {
            // the browser may have closed it already
        }
        // the browser's helpers (renderer, GPU, crash handler) write to the profile too: they are stopped with it
        List<ProcessHandle> helpers = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
        for (ProcessHandle helper : helpers) {
            helper.destroy();
            try {
                helper.onExit().get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                helper.destroyForcibly();
            }
        }
        deleteProfile();
    }

    /**
     * Deletes the profile folder, trying again while files come and go in it: a helper that outlived the
     * browser made a fresh clone's test run fail once on a file that vanished as the folder was walked.
     */
    private void deleteProfile() throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try (var walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (java.nio.file.NoSuchFileException | java.io.UncheckedIOException e) {
                // a file vanished while the folder was walked: walk it again
            }
            if (!Files.exists(profile)) return;
            if (attempt == 10) throw new IOException("cannot delete the browser's profile " + profile);
            Thread.sleep(200);
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                try {
                    JsonNode m = JSON.readTree(buffer.toString());
                    if (m.has("id")) {
                        CompletableFuture<JsonNode> f = pending.remove(m.get("id").asInt());
                        if (f != null) f.complete(m);
                    } else {
                        event(m);
                    }
                } catch (IOException e) {
                    problems.add("unreadable DevTools message: " + e.getMessage());
                }
                buffer.setLength(0);
            }
            ws.request(1);
            return null;
        }
    }
}
