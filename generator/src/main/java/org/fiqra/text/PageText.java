package org.fiqra.text;

/**
 * The text of a page as characters in an array, read where it lies: the buffer a thread renders into is
 * checked and encoded as it is, without becoming a {@code String} first. A page made a string was copied
 * once more, and before that copy the JDK allocated an array of the page's length to try whether its text
 * fit in Latin-1, which a page with one Arabic letter does not; at 1,000 documents those two were a fifth of
 * the build's allocation.
 *
 * <p>The methods that read it are those of {@link String}, with the same results.
 */
public final class PageText implements CharSequence {
    private final char[] chars;
    private final int length;

    private PageText(char[] chars, int length) {
        this.chars = chars;
        this.length = length;
    }

    /**
     * The first {@code length} characters of {@code chars}, not copied: the page is what the array holds, so
     * whoever made it must not change the array while it is read (a renderer's buffer, until its next page).
     */
    public static PageText of(char[] chars, int length) {
        if (length < 0 || length > chars.length) throw new IndexOutOfBoundsException(length);
        return new PageText(chars, length);
    }

    /** The characters of {@code text}, copied. */
    public static PageText of(String text) {
        return new PageText(text.toCharArray(), text.length());
    }

    /** The array the characters are in, from index 0 to {@link #length()}; not to be changed. */
    public char[] array() {
        return chars;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index >= length) throw new StringIndexOutOfBoundsException(index);
        return chars[index];
    }

    /** As {@link String#indexOf(int, int)}, for a character that is not a surrogate. */
    public int indexOf(char c, int from) {
        for (int i = Math.max(from, 0); i < length; i++) {
            if (chars[i] == c) return i;
        }
        return -1;
    }

    /** As {@link String#indexOf(String, int)}. */
    public int indexOf(String s, int from) {
        int n = s.length();
        if (n == 0) return Math.min(Math.max(from, 0), length);
        char first = s.charAt(0);
        for (int i = Math.max(from, 0); i <= length - n; i++) {
            if (chars[i] == first && startsWith(s, i)) return i;
        }
        return -1;
    }

    /** As {@link String#startsWith(String, int)}. */
    public boolean startsWith(String prefix, int at) {
        int n = prefix.length();
        if (at < 0 || at > length - n) return false;
        for (int i = 0; i < n; i++) {
            if (chars[at + i] != prefix.charAt(i)) return false;
        }
        return true;
    }

    /**
     * As {@code regionMatches(true, at, other, 0, other.length())} of {@link String}: characters equal, or
     * equal in upper case, or their upper cases equal in lower case.
     */
    public boolean regionMatchesIgnoreCase(int at, String other) {
        int n = other.length();
        if (at < 0 || at > length - n) return false;
        for (int i = 0; i < n; i++) {
            char c1 = chars[at + i];
            char c2 = other.charAt(i);
            if (c1 == c2) continue;
            char u1 = Character.toUpperCase(c1);
            char u2 = Character.toUpperCase(c2);
            if (u1 == u2 || Character.toLowerCase(u1) == Character.toLowerCase(u2)) continue;
            return false;
        }
        return true;
    }

    /** As {@link String#substring(int, int)}. */
    public String substring(int from, int to) {
        if (from < 0 || to > length || from > to) throw new StringIndexOutOfBoundsException("from " + from + " to " + to);
        return new String(chars, from, to - from);
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        return substring(from, to);
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
