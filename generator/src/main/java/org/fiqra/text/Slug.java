package org.fiqra.text;

import java.util.Locale;

/** Document slugs as the contract fixes them: {@code A/RES/66/122 -> a-res-66-122}. */
public final class Slug {
    private Slug() {
    }

    public static String of(String symbol) {
        String lower = symbol.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean dash = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
                dash = false;
            } else if (!dash) {
                out.append('-');
                dash = true;
            }
        }
        int start = 0;
        int end = out.length();
        while (start < end && out.charAt(start) == '-') start++;
        while (end > start && out.charAt(end - 1) == '-') end--;
        return out.substring(start, end);
    }
}
