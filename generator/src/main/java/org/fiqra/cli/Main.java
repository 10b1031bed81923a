package org.fiqra.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fiqra.build.BuildRequest;
import org.fiqra.build.BuildResult;
import org.fiqra.build.SiteBuild;
import org.fiqra.diag.Diagnostic;
import org.fiqra.diag.FiqraException;
import org.fiqra.diag.Severity;
import org.fiqra.serve.PreviewServer;

/**
 * The build without Maven, for the benchmark and for scripts:
 * {@code java -cp … org.fiqra.cli.Main --content DIR --templates DIR --output DIR [--no-check] [--strict]
 * [--base-url URL] [--quiet] [--serve PORT]}. Exit status 0 when the site was published (also with documents
 * left out for their errors, which it lists, as {@code mvn site} succeeds then), 1 when the content stopped the
 * build (an error of the site, or with {@code --strict} any error or warning), 2 on bad arguments or a fault of
 * the environment. With {@code --serve}, it is the preview server of {@code fiqra:serve} instead, until it is killed.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        Path content = Path.of("content");
        Path templates = Path.of("templates");
        Path output = Path.of("site/target/site");
        boolean check = true;
        boolean strict = false;
        boolean quiet = false;
        String baseUrl = null;
        Integer serve = null;
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            if (rest.size() == 1 && rest.get(0).matches("--(content|templates|output|base-url|serve)")) {
                System.err.println("fiqra: " + rest.get(0) + " needs a value");
                return 2;
            }
            String a = rest.remove(0);
            switch (a) {
                case "--content" -> content = Path.of(rest.remove(0));
                case "--templates" -> templates = Path.of(rest.remove(0));
                case "--output" -> output = Path.of(rest.remove(0));
                case "--base-url" -> baseUrl = rest.remove(0);
                case "--serve" -> {
                    try {
                        serve = Integer.parseInt(rest.remove(0));
                    } catch (NumberFormatException e) {
                        System.err.println("fiqra: --serve needs a port number");
                        return 2;
                    }
                }
                case "--no-check" -> check = false;
                case "--strict" -> strict = true;
                case "--quiet" -> quiet = true;
                default -> {
                    System.err.println("fiqra: unknown argument '" + a + "'\nusage: fiqra --content DIR --templates DIR"
                            + " --output DIR [--no-check] [--strict] [--base-url URL] [--quiet] [--serve PORT]");
                    return 2;
                }
            }
        }
        if (serve != null) {
            return serve(new BuildRequest(content, templates, output, false, check, null), serve);
        }
        BuildResult result;
        try {
            result = new SiteBuild(new BuildRequest(content, templates, output, strict, check, baseUrl))
                    .reportingProgress(System.err::println, java.time.Duration.ofSeconds(5)).run();
        } catch (FiqraException e) {
            System.err.println("fiqra: " + e.getMessage());
            return e.contentFault() ? 1 : 2;
        }
        if (quiet) {
            result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).forEach(System.err::println);
        } else {
            org.fiqra.diag.Diagnostics.forConsole(result.diagnostics()).forEach(System.err::println);
        }
        if (!result.published()) {
            System.err.println("fiqra: the site was not built; the previous site in " + output + " is unchanged");
            return 1;
        }
        if (!result.leftOut().isEmpty()) {
            System.err.println("fiqra: left out of the site for their errors: " + String.join(", ", result.leftOut()));
        }
        System.out.println("fiqra: " + result.documents() + " documents, " + result.pages() + " pages in " + output);
        if (!quiet) System.out.println("fiqra: " + result.timingLine());
        return 0;
    }

    /** Serves the preview until the process is stopped. */
    private static int serve(BuildRequest request, int port) {
        try {
            PreviewServer.serveUntilStopped(request, port, System.err::println);
            return 0;
        } catch (java.io.IOException e) {
            System.err.println("fiqra: cannot serve on port " + port + ": " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            return 0;
        }
    }
}
