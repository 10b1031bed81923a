package org.fiqra.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fiqra.diag.FiqraException;

/**
 * What static hosts and crawlers expect besides the pages: {@code robots.txt} always, and with a
 * base URL {@code sitemap.xml}, every page listed once with its counterpart in the other language (where it has one).
 */
final class Publishing {
    private Publishing() {
    }

    /** Writes the files; returns how many. */
    static int write(Path out, String baseUrl, List<String> pages) {
        try {
            StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
            if (baseUrl == null) {
                Files.writeString(out.resolve("robots.txt"), robots.toString(), StandardCharsets.UTF_8);
                return 1;
            }
            robots.append("Sitemap: ").append(baseUrl).append("sitemap.xml\n");
            Files.writeString(out.resolve("robots.txt"), robots.toString(), StandardCharsets.UTF_8);
            Files.writeString(out.resolve("sitemap.xml"), sitemap(pages, baseUrl), StandardCharsets.UTF_8);
            return 2;
        } catch (IOException e) {
            throw FiqraException.environment("cannot write the sitemap into " + out + ": " + e.getMessage(), e);
        }
    }

    /** The sitemap of {@code written}, the site's pages by path. */
    private static String sitemap(List<String> written, String baseUrl) {
        List<String> pages = written.stream().filter(p -> p.endsWith(".html"))
                .filter(p -> !p.equals("404.html") && !p.equals("en/404.html")).sorted().toList();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        java.util.Set<String> all = new java.util.HashSet<>(pages);
        for (String p : pages) {
            String arabic = p.startsWith("en/") ? p.substring(3) : p;
            xml.append("  <url><loc>").append(escape(baseUrl + p)).append("</loc>");
            // a page of one tree only (an English clause the Arabic lacks) has no translation to name
            if (all.contains(arabic) && all.contains("en/" + arabic)) {
                xml.append("<xhtml:link rel=\"alternate\" hreflang=\"ar\" href=\"").append(escape(baseUrl + arabic)).append("\"/>")
                        .append("<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"").append(escape(baseUrl + "en/" + arabic)).append("\"/>");
            }
            xml.append("</url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
