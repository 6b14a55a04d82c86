package org.sitrep.store;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A MinHash signature of a text's word 3-shingles ({@value #HASHES} hashes), for recognising near-duplicate wire
 * copies: {@link #bandKeys} gives {@value #BANDS} locality-sensitive keys (texts with Jaccard similarity 0.7 share one
 * with probability 0.99), {@link #similarity} estimates the Jaccard similarity. Immutable.
 */
public final class TextFingerprint {
    public static final int HASHES = 64;
    public static final int BANDS = 16;
    private static final int ROWS = HASHES / BANDS;
    private final int[] minhashes;

    private TextFingerprint(int[] minhashes) {
        this.minhashes = minhashes;
    }

    /** The fingerprint of a clean text (lower-cased letter-and-digit words; fewer than 3 words give one shingle). */
    public static TextFingerprint of(String text) {
        String[] w = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(s -> !s.isEmpty()).toArray(String[]::new);
        int[] mins = new int[HASHES];
        Arrays.fill(mins, Integer.MAX_VALUE);
        if (w.length < 3) {
            update(mins, String.join(" ", w));
        }
        for (int i = 0; i + 2 < w.length; i++) {
            update(mins, w[i] + ' ' + w[i + 1] + ' ' + w[i + 2]);
        }
        return new TextFingerprint(mins);
    }

    private static void update(int[] mins, String shingle) {
        long h = fnv(shingle);
        for (int k = 0; k < HASHES; k++) {
            int v = (int) (mix(h + k * 0x9E3779B97F4A7C15L) >>> 32);
            if (v < mins[k]) {
                mins[k] = v;
            }
        }
    }

    /** The fingerprint written by {@link #hex}. */
    public static TextFingerprint fromHex(String hex) {
        ByteBuffer b = ByteBuffer.wrap(HexFormat.of().parseHex(hex));
        int[] mins = new int[HASHES];
        for (int k = 0; k < HASHES; k++) {
            mins[k] = b.getInt();
        }
        return new TextFingerprint(mins);
    }

    /** The signature as 512 hex digits. */
    public String hex() {
        ByteBuffer b = ByteBuffer.allocate(HASHES * 4);
        for (int m : minhashes) {
            b.putInt(m);
        }
        return HexFormat.of().formatHex(b.array());
    }

    /** One key per band: equal keys make two texts candidate near-duplicates. */
    public long[] bandKeys() {
        long[] keys = new long[BANDS];
        for (int band = 0; band < BANDS; band++) {
            long h = band;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h * 31 + minhashes[band * ROWS + r]);
            }
            keys[band] = h;
        }
        return keys;
    }

    /** The estimated Jaccard similarity of the two texts' shingle sets, 0..1. */
    public double similarity(TextFingerprint other) {
        int same = 0;
        for (int k = 0; k < HASHES; k++) {
            if (minhashes[k] == other.minhashes[k]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    private static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextFingerprint f && Arrays.equals(minhashes, f.minhashes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(minhashes);
    }
}
