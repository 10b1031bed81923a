package org.fiqra.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The one sink every stage reports into. Thread-safe; {@link #all()} is sorted, so reports are reproducible. */
public final class Diagnostics {
    private final List<Diagnostic> items = Collections.synchronizedList(new ArrayList<>());

    public void report(Diagnostic.Code code, Severity severity, SourcePosition at, String message) {
        items.add(new Diagnostic(code, severity, at, message));
    }

    /** Reports again what was reported once (a parse kept from an earlier build). */
    public void add(Diagnostic d) {
        items.add(d);
    }

    public void warn(Diagnostic.Code code, SourcePosition at, String message) {
        report(code, Severity.WARNING, at, message);
    }

    public void error(Diagnostic.Code code, SourcePosition at, String message) {
        report(code, Severity.ERROR, at, message);
    }

    public void info(Diagnostic.Code code, SourcePosition at, String message) {
        report(code, Severity.INFO, at, message);
    }

    public List<Diagnostic> all() {
        synchronized (items) {
            List<Diagnostic> copy = new ArrayList<>(items);
            Collections.sort(copy);
            return copy;
        }
    }

    public long count(Severity severity) {
        synchronized (items) {
            return items.stream().filter(d -> d.severity() == severity).count();
        }
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }
}
