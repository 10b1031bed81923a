package org.fiqra.check;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Resolves a reference found on a page to a path from the site root, exactly as {@link URI#resolve(URI)}
 * against {@code site:/<page>} followed by {@link URI#getPath()} does (RFC 2396 as the JDK implements it:
 * repeated slashes, {@code .} and {@code segment/..} removed, a leading {@code ..} kept, an empty path
 * naming the page's folder, percent escapes decoded last). The references a site is made of (a relative
 * path of plain characters and percent escapes, with an optional query and fragment) are resolved with
 * string operations; anything else (a scheme, an authority, an absolute path, a character {@code URI}
 * refuses or would have to interpret) goes through {@code URI} itself, so the answer, or the exception,
 * stays the same.
 */
final class SitePaths {
    /** The ASCII characters allowed in a plain path besides '%' escapes: letters, digits and these marks. */
    private static final boolean[] PATH_CHARS = new boolean[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) PATH_CHARS[c] = true;
        for (char c = 'A'; c <= 'Z'; c++) PATH_CHARS[c] = true;
        for (char c = '0'; c <= '9'; c++) PATH_CHARS[c] = true;
        for (char c : "-_.!~*'()@&=+$,;/".toCharArray()) PATH_CHARS[c] = true;
    }

    private SitePaths() {
    }

    /** {@code ref} relative to the page at {@code from}, as a path from the site root; null if it leaves the site. */
    static String resolve(String from, String ref) {
        String escaped = ref.replace(" ", "%20");
        int pathEnd = plainPathEnd(escaped);
        boolean plainPage = isPlainPage(from); // no query, fragment or unusual character either
        if (pathEnd < 0 || !plainPage) return resolveWithUri(from, escaped);
        // A lone fragment names the page itself, its path taken as written.
        boolean loneFragment = pathEnd == 0 && !escaped.isEmpty() && escaped.charAt(0) == '#';
        if (loneFragment) return inSite(decode(from));
        // Otherwise the reference's path (an empty one, before a query, names the folder) is read in the page's folder.
        Normalized path = new Normalized(from.length() + pathEnd);
        path.add(from, 0, from.lastIndexOf('/') + 1);
        path.add(escaped, 0, pathEnd);
        return inSite(decode(path.result()));
    }

    /**
     * Whether links from the page at {@code from} resolve by its folder alone: its path is plain (no query,
     * fragment or unusual character), so that a reference with a path of its own resolves the same from
     * every page of the folder.
     */
    static boolean isPlainPage(String from) {
        return plainPathEnd(from) == from.length();
    }

    /** The reference of last resort: what {@code java.net.URI} makes of it. */
    private static String resolveWithUri(String from, String escapedRef) {
        URI target = URI.create("site:/" + from).resolve(URI.create(escapedRef));
        String path = target.getPath();
        return path == null || !path.startsWith("/") ? null : inSite(path.substring(1));
    }

    /** The decoded {@code path} (from the root, without its leading slash); null if it climbs above the root. */
    private static String inSite(String path) {
        return path.startsWith("..") ? null : path;
    }

    /**
     * Where the path of {@code ref} ends (at its query or fragment), or -1 if {@code ref} is not a plain
     * relative reference: it starts with '/', has a ':' (a scheme, or a character better left to URI),
     * a second '#', a malformed escape, or a character outside the plain sets.
     */
    private static int plainPathEnd(String ref) {
        if (ref.startsWith("/")) return -1;
        int pathEnd = -1;
        boolean inFragment = false;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c == '%') {
                if (!isEscape(ref, i)) return -1;
                i += 2;
            } else if (c == '?') {
                if (pathEnd < 0) pathEnd = i;
            } else if (c == '#') {
                if (inFragment) return -1;
                inFragment = true;
                if (pathEnd < 0) pathEnd = i;
            } else if (!isPathChar(c)) {
                return -1;
            }
        }
        return pathEnd < 0 ? ref.length() : pathEnd;
    }

    private static boolean isPathChar(char c) {
        return c < PATH_CHARS.length && PATH_CHARS[c];
    }

    private static boolean isEscape(String s, int percent) {
        return percent + 2 < s.length() && hexValue(s.charAt(percent + 1)) >= 0 && hexValue(s.charAt(percent + 2)) >= 0;
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    /** Decodes the percent escapes of {@code path}, each run of them as UTF-8 bytes (malformed ones replaced). */
    private static String decode(String path) {
        if (path.indexOf('%') < 0) return path;
        StringBuilder out = new StringBuilder(path.length());
        byte[] bytes = new byte[path.length() / 3];
        int i = 0;
        while (i < path.length()) {
            if (path.charAt(i) != '%') {
                out.append(path.charAt(i++));
                continue;
            }
            int count = 0;
            while (i < path.length() && path.charAt(i) == '%') {
                bytes[count++] = (byte) (hexValue(path.charAt(i + 1)) << 4 | hexValue(path.charAt(i + 2)));
                i += 3;
            }
            out.append(new String(bytes, 0, count, StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    /**
     * A path from the site root built segment by segment as {@code URI} normalizes it: empty and
     * {@code .} segments dropped, a {@code ..} removing the segment before it (or kept, when there
     * is nothing left to climb), and a trailing slash kept when the last remaining segment was
     * followed by one.
     */
    private static final class Normalized {
        /** The kept segments, each with a '/' before it. */
        private final StringBuilder out;
        private int kept;
        private int climbs;
        private boolean lastDropped;
        private boolean endsWithSlash;

        Normalized(int capacity) {
            out = new StringBuilder(capacity + 1);
        }

        /** Adds the segments of {@code s} from {@code start} to {@code end}. */
        void add(String s, int start, int end) {
            if (start == end) return;
            for (int from = start; from < end; ) {
                int to = s.indexOf('/', from);
                if (to < 0 || to > end) to = end;
                if (to > from) segment(s, from, to);
                from = to + 1;
            }
            endsWithSlash = s.charAt(end - 1) == '/';
        }

        private void segment(String s, int start, int end) {
            boolean dot = s.charAt(start) == '.';
            if (dot && end - start == 1) {
                lastDropped = true;
            } else if (dot && end - start == 2 && s.charAt(start + 1) == '.') {
                climb();
            } else {
                out.append('/').append(s, start, end);
                kept++;
                lastDropped = false;
            }
        }

        private void climb() {
            if (kept > climbs) {
                out.setLength(out.lastIndexOf("/"));
                kept--;
                lastDropped = true;
            } else {
                out.append("/..");
                kept++;
                climbs++;
                lastDropped = false;
            }
        }

        /** The path built, without a leading slash. */
        String result() {
            if (kept == 0) return "";
            if (lastDropped || endsWithSlash) out.append('/');
            return out.substring(1);
        }
    }
}
