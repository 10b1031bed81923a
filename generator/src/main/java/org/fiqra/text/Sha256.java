package org.fiqra.text;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256, which every Java runtime has: the digests that tell a build what is unchanged since the last one. */
public final class Sha256 {
    private static final ThreadLocal<MessageDigest> PER_THREAD = ThreadLocal.withInitial(Sha256::digest);

    private Sha256() {
    }

    /** A new digest to feed. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the Java runtime has no SHA-256", e);
        }
    }

    /** The digest of {@code bytes}, with one digest object per thread rather than one per call. */
    public static byte[] of(byte[] bytes) {
        MessageDigest d = PER_THREAD.get();
        d.reset();
        return d.digest(bytes);
    }
}
