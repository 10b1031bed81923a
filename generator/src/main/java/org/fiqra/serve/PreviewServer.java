package org.fiqra.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.fiqra.build.BuildRequest;
import org.fiqra.build.BuildResult;
import org.fiqra.build.BuildState;
import org.fiqra.build.QuickPreview;
import org.fiqra.build.SiteBuild;
import org.fiqra.diag.Diagnostic;
import org.fiqra.diag.Severity;

/**
 * The editors' preview: builds the site, serves it on localhost with the JDK's HTTP server, watches the
 * content and templates folders, rebuilds incrementally on every change, and reloads the pages open in a
 * browser. A broken edit does not stop it: the page shows the build's errors over it until the edit is
 * repaired. An error of one document leaves that document out of the preview, as it does of the published
 * site, and the others are built; an error of the site keeps the last site that built.
 *
 * <p>An edit is answered in two steps. First a {@link QuickPreview} renders the edited documents' own pages,
 * within a moment, and publishes them as a build of its own; then the incremental build redoes the rest of the
 * site. A newer edit cancels that build under way: its own preview comes first, then a build covering both.
 *
 * <p>Every HTML page is served with one extra script, {@code /__fiqra/live.js}, which long-polls
 * {@code /__fiqra/status?after=N&since=S&page=P}: the answer comes when a build after N ends, as
 * {@code {"build":…,"ok":…,"published":…,"complete":…,"reload":…,"ms":…,"problems":[…]}}, where {@code reload}
 * says whether page P changed since build S, and {@code complete} whether the whole site is built (false after a
 * preview).
 */
public final class PreviewServer implements AutoCloseable {
    static final String LIVE = "/__fiqra/";
    private static final Duration LONG_POLL = Duration.ofSeconds(25);
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"), Map.entry("woff", "font/woff"), Map.entry("ttf", "font/ttf"));

    private final BuildRequest request;
    private final Consumer<String> log;
    private final BuildState state = new BuildState();
    private final Object builds = new Object();
    private volatile Status status = new Status(0, false, false, false, 0, List.of("building…"));
    /** The status of the last build of the whole site: a preview after a failed build keeps its problems. */
    private volatile Status lastComplete = status;
    /** The build after which each page last changed, and the last build that replaced the whole site. */
    private final Map<String, Integer> changedIn = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile int replacedIn;
    /** The paths changed since the last build began, and the thread that builds them. */
    private final java.util.Set<Path> pending = new java.util.LinkedHashSet<>();
    private final Thread builder;
    private final HttpServer http;
    private final ExecutorService handlers = Executors.newCachedThreadPool(daemon("fiqra-http"));
    private final Watcher watcher;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * What the last build did: its number (counting from 1), whether the site is good (the last build of the
     * whole site published and reported no error), whether that build published (perhaps with documents left
     * out for their errors), whether this build was one of the whole site (not a preview of the edited pages),
     * and the errors of the last build of the whole site: those that stopped it, or those of the documents it
     * left out or published with an error.
     */
    record Status(int build, boolean ok, boolean published, boolean complete, long ms, List<String> problems) {
        String json(boolean reload) {
            StringBuilder s = new StringBuilder("{\"build\":").append(build).append(",\"ok\":").append(ok)
                    .append(",\"published\":").append(published)
                    .append(",\"complete\":").append(complete).append(",\"reload\":").append(reload)
                    .append(",\"ms\":").append(ms).append(",\"problems\":[");
            for (int i = 0; i < problems.size(); i++) {
                s.append(i == 0 ? "" : ",").append(quote(problems.get(i)));
            }
            return s.append("]}").toString();
        }
    }

    private PreviewServer(BuildRequest request, int port, Consumer<String> log) throws IOException {
        this.request = request;
        this.log = log;
        rebuild();
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        http.setExecutor(handlers);
        http.createContext("/", this::serve);
        http.start();
        builder = daemon("fiqra-build").newThread(this::buildLoop);
        builder.start();
        watcher = new Watcher(List.of(request.content(), request.templates()), this::changed);
    }

    /**
     * Builds the site of {@code request} and serves it on {@code port} of the loopback interface (0: any free
     * port); {@code log} receives a line per build.
     */
    public static PreviewServer start(BuildRequest request, int port, Consumer<String> log) throws IOException {
        return new PreviewServer(request, port, log);
    }

    /**
     * Starts the server as {@link #start} does and serves until the process is stopped (Ctrl-C, SIGTERM),
     * then closes it: what {@code fiqra:serve} and the CLI's {@code --serve} run.
     */
    public static void serveUntilStopped(BuildRequest request, int port, Consumer<String> log)
            throws IOException, InterruptedException {
        PreviewServer server = start(request, port, log);
        java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "fiqra-serve-stop"));
        log.accept("Fiqra: serving " + server.address() + " (watching " + request.content() + " and "
                + request.templates() + "; Ctrl-C stops)");
        try {
            stopped.await();
        } finally {
            server.close();
        }
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** The address of the site's home page. */
    public URI address() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    /** The status once build {@code after} is over (at once if it is), or the current one after {@code wait}. */
    Status statusAfter(int after, Duration wait) throws InterruptedException {
        long until = System.nanoTime() + wait.toNanos();
        synchronized (builds) {
            while (status.build() <= after) {
                long left = until - System.nanoTime();
                if (left <= 0) break;
                builds.wait(Math.max(1, left / 1_000_000));
            }
            return status;
        }
    }

    /** Takes the paths the watcher saw change: the builder thread previews and builds them. */
    private void changed(java.util.Set<Path> paths) {
        synchronized (pending) {
            pending.addAll(paths);
            pending.notifyAll();
        }
    }

    /** Whether a change came since the build under way began: that build is cancelled, a newer one follows. */
    private boolean changedSince() {
        synchronized (pending) {
            return !pending.isEmpty();
        }
    }

    private void buildLoop() {
        while (!closed.get()) {
            java.util.Set<Path> paths;
            synchronized (pending) {
                while (pending.isEmpty() && !closed.get()) {
                    try {
                        pending.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed.get()) return;
                paths = java.util.Set.copyOf(pending);
                pending.clear();
            }
            preview(paths);
            rebuild();
        }
    }

    /** The edited documents' own pages, at once, when the edit is one a preview can show. */
    private void preview(java.util.Set<Path> paths) {
        long t0 = System.nanoTime();
        try {
            java.util.Optional<BuildResult> r = QuickPreview.run(request, state, paths);
            if (r.isEmpty()) return;
            Status next = new Status(status.build() + 1, lastComplete.ok(), lastComplete.published(), false, ms(t0),
                    lastComplete.problems());
            log.accept("Fiqra: previewed the edit in " + next.ms() + " ms (" + r.get().rendered() + " pages rendered); "
                    + "building the rest of the site");
            publish(next, r.get());
        } catch (RuntimeException e) {
            log.accept("Fiqra: no preview of the edit (" + e + "); building the site");
        }
    }

    /** One build, incremental after the first; whatever goes wrong ends up in the status, not in a crash. */
    private void rebuild() {
        long t0 = System.nanoTime();
        Status next;
        BuildResult r = null;
        try {
            r = new SiteBuild(request, state).cancelledWhen(builder == null ? () -> false : this::changedSince).run();
            if (r.cancelled()) {
                markChanged(r.changed(), status.build() + 1);
                log.accept("Fiqra: a newer edit came; building again");
                return;
            }
            // A published build can still have errors, of the documents it left out or published as read: the
            // editor sees them on every page until they are repaired, as the errors of a build that failed.
            boolean errors = r.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR);
            List<String> problems = new java.util.ArrayList<>(r.published() && !errors ? List.of() : problems(r.diagnostics()));
            if (r.published() && !r.leftOut().isEmpty()) problems.add("left out of the site: " + String.join(", ", r.leftOut()));
            next = new Status(status.build() + 1, r.published() && problems.isEmpty(), r.published(), true, ms(t0),
                    List.copyOf(problems));
            log.accept(r.published()
                    ? "Fiqra: built in " + next.ms() + " ms: " + r.rendered() + " of " + r.pages() + " pages rendered ("
                            + r.timingLine() + ")" + (problems.isEmpty() ? "" : "; with errors in the sources")
                    : "Fiqra: the build failed (" + problems.size() + " problems); still serving the last good site");
        } catch (RuntimeException e) {
            state.invalidate();
            next = new Status(status.build() + 1, false, false, true, ms(t0), List.of("the build failed: " + e));
            log.accept("Fiqra: the build failed: " + e);
        }
        next.problems().forEach(log);
        lastComplete = next;
        publish(next, r);
    }

    /** The most problems a status lists; a corpus of thousands of texts can have thousands of warnings. */
    static final int PROBLEMS_SHOWN = 50;

    /**
     * What a build's panel lists: its errors (those that stopped it, or those of the documents it left out or
     * published as read), or, when it had none (a strict build stops at warnings), its warnings; the first
     * {@link #PROBLEMS_SHOWN}, then how many more there are.
     */
    static List<String> problems(List<Diagnostic> diagnostics) {
        List<Diagnostic> errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList();
        List<Diagnostic> shown = errors.isEmpty()
                ? diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).toList() : errors;
        List<String> out = new java.util.ArrayList<>();
        shown.stream().limit(PROBLEMS_SHOWN).map(Diagnostic::toString).forEach(out::add);
        if (shown.size() > PROBLEMS_SHOWN) {
            out.add("… and " + (shown.size() - PROBLEMS_SHOWN) + " more " + (errors.isEmpty() ? "warnings" : "errors"));
        }
        return out;
    }

    /** Makes {@code next} the status, noting which pages {@code result} changed, and wakes the pages waiting. */
    private void publish(Status next, BuildResult result) {
        if (result != null && result.published()) markChanged(result.changed(), next.build());
        synchronized (builds) {
            status = next;
            builds.notifyAll();
        }
    }

    /** Notes that build {@code build} changed {@code pages} (null: the whole site). */
    private void markChanged(java.util.Set<String> pages, int build) {
        if (pages == null) {
            replacedIn = build;
        } else {
            pages.forEach(p -> changedIn.put(p, build));
        }
    }

    /** Whether the page at {@code path} of the site (as a browser asks for it) changed after build {@code since}. */
    boolean changedAfter(String path, int since) {
        String page = path.startsWith("/") ? path.substring(1) : path;
        if (page.isEmpty() || page.endsWith("/")) page += "index.html";
        return replacedIn > since || changedIn.getOrDefault(page, 0) > since;
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private void serve(HttpExchange x) throws IOException {
        try (x) {
            String path = x.getRequestURI().getPath();
            if (path.startsWith(LIVE)) {
                live(x, path.substring(LIVE.length()));
                return;
            }
            Path root = request.output();
            Path file = root.resolve(path.substring(1)).normalize();
            if (!file.startsWith(root)) {
                send(x, 403, "text/plain; charset=utf-8", "forbidden".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (Files.isDirectory(file)) file = file.resolve("index.html");
            int code = 200;
            if (!Files.isRegularFile(file)) {
                code = 404;
                file = root.resolve("404.html");
            }
            byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : "not found".getBytes(StandardCharsets.UTF_8);
            String type = type(file);
            if (type.startsWith("text/html")) body = withLiveScript(body, status.build());
            send(x, code, type, body);
        }
    }

    private void live(HttpExchange x, String what) throws IOException {
        if (what.equals("live.js")) {
            try (InputStream in = PreviewServer.class.getResourceAsStream("live.js")) {
                send(x, 200, TYPES.get("js"), in.readAllBytes());
            }
            return;
        }
        if (what.equals("status")) {
            Map<String, String> q = query(x.getRequestURI());
            int after = number(q.get("after"), Integer.MAX_VALUE);
            int since = number(q.get("since"), after);
            Status s;
            try {
                s = after == Integer.MAX_VALUE ? status : statusAfter(after, LONG_POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                s = status;
            }
            boolean reload = changedAfter(q.getOrDefault("page", "/"), since);
            send(x, 200, TYPES.get("json"), s.json(reload).getBytes(StandardCharsets.UTF_8));
            return;
        }
        send(x, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
    }

    /** The parameters of a query string, decoded. */
    private static Map<String, String> query(URI uri) {
        Map<String, String> out = new java.util.HashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null) return out;
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) continue;
            out.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static int number(String s, int otherwise) {
        try {
            return s == null ? otherwise : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /**
     * The page with the live-reload script at the end of its head (or of the page, if it has no head); the
     * script's address says which build the page is from.
     */
    static byte[] withLiveScript(byte[] html, int build) {
        String page = new String(html, StandardCharsets.UTF_8);
        int at = page.indexOf("</head>");
        if (at < 0) at = page.length();
        String script = "<script src=\"" + LIVE + "live.js?build=" + build + "\" defer></script>";
        return (page.substring(0, at) + script + page.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    private static String type(Path file) {
        String name = file.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    private static void send(HttpExchange x, int code, String type, byte[] body) throws IOException {
        x.getResponseHeaders().set("Content-Type", type);
        x.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = x.getRequestMethod().equals("HEAD");
        x.sendResponseHeaders(code, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = x.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static String quote(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '<' -> q.append("\\u003c");
                default -> {
                    if (c < 0x20) q.append(String.format("\\u%04x", (int) c));
                    else q.append(c);
                }
            }
        }
        return q.append('"').toString();
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Stops watching and serving; a build under way is cancelled. Closing twice does nothing more. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) return;
        watcher.close();
        synchronized (pending) {
            pending.add(request.content());
            pending.notifyAll();
        }
        try {
            builder.join(java.util.concurrent.TimeUnit.MINUTES.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        http.stop(0);
        handlers.shutdownNow();
        synchronized (builds) {
            builds.notifyAll();
        }
    }
}
