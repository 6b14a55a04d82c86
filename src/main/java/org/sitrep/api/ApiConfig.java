package org.sitrep.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.Optional;

/**
 * What the API allows, fixed when the server starts.
 *
 * @param token         the bearer token that writes (and, when reads are private, reads) need; without one, writes are
 *                      disabled
 * @param privateReads  every request needs the token, not only writes
 * @param fullText      responses may carry a report's full clean text (default: evidence snippets and the URL only)
 * @param maxBodyBytes  the largest request body a write takes, in bytes
 */
public record ApiConfig(Optional<String> token, boolean privateReads, boolean fullText, int maxBodyBytes) {
    /** Shortest token accepted: 128 bits of randomness written as 32 hex digits, or the like. */
    public static final int MIN_TOKEN_LENGTH = 16;
    /** The default body limit: 2 MiB (reports are text; 10 MB is the CLI's limit for files). */
    public static final int DEFAULT_MAX_BODY = 2 * 1024 * 1024;

    public ApiConfig {
        Objects.requireNonNull(token);
        if (token.isPresent()) {
            String t = token.get();
            if (t.length() < MIN_TOKEN_LENGTH || !t.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
                throw new IllegalArgumentException("the API token must be at least " + MIN_TOKEN_LENGTH
                        + " printable ASCII characters without spaces");
            }
        }
        if (privateReads && token.isEmpty()) {
            throw new IllegalArgumentException("private reads need a token (nobody could read otherwise)");
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("the body limit must be at least 1024 bytes: " + maxBodyBytes);
        }
    }

    /** Open reads, no writes, no full text. */
    public static ApiConfig readsOnly() {
        return new ApiConfig(Optional.empty(), false, false, DEFAULT_MAX_BODY);
    }

    /** Whether writes are possible at all. */
    public boolean writable() {
        return token.isPresent();
    }

    /** Constant-time comparison with the configured token (digests first, so that the length does not leak either). */
    boolean tokenMatches(String presented) {
        return token.isPresent() && MessageDigest.isEqual(sha256(token.get()), sha256(presented));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Never shows the token. */
    @Override
    public String toString() {
        return "ApiConfig[token=" + (token.isPresent() ? "(set)" : "(none)") + ", privateReads=" + privateReads
                + ", fullText=" + fullText + ", maxBodyBytes=" + maxBodyBytes + "]";
    }
}
