package org.pedigree.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 as Pedigree writes it everywhere (record checksums, dump and backup sums, ETags, token
 * fingerprints): lower-case hex of the digest, or of its first bytes where a short name is enough.
 * Use {@link #digest()} to hash a stream on the way.
 */
public final class Sha256 {
    private Sha256() {}

    /** A new digest; every JVM has SHA-256, so its absence is a broken runtime, not an error to handle. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The SHA-256 of the bytes in lower-case hex. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** The first {@code length} bytes of the SHA-256 of the bytes, in lower-case hex. */
    public static String hex(byte[] bytes, int length) {
        return HexFormat.of().formatHex(digest().digest(bytes), 0, length);
    }

    /** The SHA-256 of the text's UTF-8 bytes in lower-case hex. */
    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }
}
