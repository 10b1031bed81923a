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

    /** The most lines of information a console shows one by one; more are counted by code (the report lists them all). */
    public static final int CONSOLE_INFOS = 20;

    /**
     * What a console shows of a build's diagnostics: every error and warning, and each information
     * (page furniture dropped, a citation line read) only while there are few. At 1,000 documents the
     * parser reports some 2,000 of them, which would bury the warnings.
     */
    public static List<String> forConsole(List<Diagnostic> all) {
        List<String> out = new ArrayList<>();
        long infos = all.stream().filter(d -> d.severity() == Severity.INFO).count();
        java.util.Map<Diagnostic.Code, Long> byCode = new java.util.TreeMap<>();
        for (Diagnostic d : all) {
            if (d.severity() != Severity.INFO || infos <= CONSOLE_INFOS) out.add(d.toString());
            else byCode.merge(d.code(), 1L, Long::sum);
        }
        if (!byCode.isEmpty()) {
            out.add(infos + " lines of information, listed in build-report.txt: " + String.join(", ",
                    byCode.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
        }
        return out;
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }
}
