package org.fiqra.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Why the bytes of a content file are not usable UTF-8 text, said so that an editor can fix it:
 * a binary file, UTF-16, or another encoding (Arabic texts often arrive in Windows-1256).
 */
final class TextBytes {
    private TextBytes() {
    }

    /** What is wrong, and the line it is on (0 where a line means nothing). */
    record Problem(String message, int line) {
    }

    static Optional<Problem> problem(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            return Optional.of(new Problem("is UTF-16 text; save it as UTF-8", 0));
        }
        for (byte b : bytes) {
            if (b == 0) return Optional.of(new Problem("is not a text file (it contains NUL bytes)", 0));
        }
        int at = firstMalformed(bytes);
        if (at < 0) return Optional.empty();
        return Optional.of(new Problem("is not UTF-8 text" + guess(bytes) + "; save it as UTF-8", lineOf(bytes, at)));
    }

    /** The 1-based line of the byte at {@code at}. */
    private static int lineOf(byte[] bytes, int at) {
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') line++;
        }
        return line;
    }

    private static int firstMalformed(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(4096);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) return in.position();
            if (r.isUnderflow()) return -1;
            out.clear();
        }
    }

    /** Which single-byte encoding the text reads best in: the one that gives Arabic letters, else a Latin one. */
    private static String guess(byte[] bytes) {
        String arabic = new String(bytes, Charset.forName("windows-1256"));
        long letters = arabic.chars().filter(c -> c >= 0x0621 && c <= 0x064A).count();
        long high = 0;
        for (byte b : bytes) {
            if ((b & 0x80) != 0) high++;
        }
        if (high > 0 && letters * 2 >= high) return " (it looks like Windows-1256, the Arabic Windows encoding)";
        return " (it looks like a Latin single-byte encoding such as Windows-1252)";
    }
}
