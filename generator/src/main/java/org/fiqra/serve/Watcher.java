package org.fiqra.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders and everything under them (folders created later too), and calls {@code onChange} on
 * its own thread with the paths that changed, once the changes stop for a moment: an editor's save, or a
 * {@code git checkout} of many files, gives one call, not one per event. When the system lost events, the
 * call names the folder they were lost in.
 */
final class Watcher implements AutoCloseable {
    /** How long the folders must be quiet before a rebuild starts. */
    private static final long QUIET_MS = 30;

    private final WatchService service;
    private final Thread thread;
    private volatile boolean closed;

    Watcher(List<Path> roots, Consumer<Set<Path>> onChange) throws IOException {
        service = FileSystems.getDefault().newWatchService();
        for (Path root : roots) {
            if (Files.isDirectory(root)) registerAll(root);
        }
        thread = PreviewServer.daemon("fiqra-watch").newThread(() -> loop(onChange));
        thread.start();
    }

    private void loop(Consumer<Set<Path>> onChange) {
        try {
            while (!closed) {
                Set<Path> changed = new LinkedHashSet<>();
                drain(service.take(), changed);
                // Wait until no event has come for QUIET_MS, then report once.
                for (WatchKey more; (more = service.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null; ) {
                    drain(more, changed);
                }
                if (!closed) onChange.accept(changed);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    /** Takes a key's events into {@code changed}; a folder created under a watched one is watched as well. */
    private void drain(WatchKey key, Set<Path> changed) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> e : key.pollEvents()) {
            changed.add(e.kind() == OVERFLOW || !(e.context() instanceof Path name) ? dir : dir.resolve(name));
            if (e.kind() == ENTRY_CREATE && e.context() instanceof Path name && Files.isDirectory(dir.resolve(name))) {
                try {
                    registerAll(dir.resolve(name));
                } catch (IOException | UncheckedIOException ignored) {
                    // gone again before we could watch it: the next event says what is there
                }
            }
        }
        key.reset();
    }

    private void registerAll(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                d.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        }
    }

    /** Stops watching; a rebuild under way ends first. */
    @Override
    public void close() {
        closed = true;
        try {
            service.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        try {
            thread.join(TimeUnit.MINUTES.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
