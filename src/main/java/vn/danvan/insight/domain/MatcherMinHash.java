package vn.danvan.insight.domain;

import java.util.HashSet;
import java.util.Set;
import vn.danvan.shared.VietnameseText;

/**
 * The text side of "the same matter": a petition's text folded (no diacritics, no tone marks, đ → d, so a petition
 * typed without accents matches its accented copy), cut into syllables, and each run of two syllables a shingle; the
 * MinHash signature estimates the Jaccard similarity of two petitions' shingle sets, and its bands give the
 * locality-sensitive hashes under which likely pairs meet without comparing every pair.
 */
public final class MatcherMinHash {

    public static final int HASHES = 64;
    public static final int BANDS = 16;
    private static final int ROWS = HASHES / BANDS;
    private static final long[] SEEDS = new long[HASHES];

    static {
        long seed = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            seed = mix(seed + i);
            SEEDS[i] = seed;
        }
    }

    private MatcherMinHash() {}

    /** The two-syllable shingles of a text, folded; a one-syllable text is its own shingle. */
    public static Set<String> shingles(String text) {
        String[] syllables = VietnameseText.fold(text).split("[^\\p{L}\\p{N}]+");
        Set<String> shingles = new HashSet<>();
        String previous = null;
        for (String syllable : syllables) {
            if (syllable.isEmpty()) {
                continue;
            }
            if (previous != null) {
                shingles.add(previous + " " + syllable);
            }
            previous = syllable;
        }
        if (shingles.isEmpty() && previous != null) {
            shingles.add(previous);
        }
        return shingles;
    }

    public static long[] signature(String text) {
        long[] signature = new long[HASHES];
        java.util.Arrays.fill(signature, Long.MAX_VALUE);
        for (String shingle : shingles(text)) {
            long base = hash(shingle);
            for (int i = 0; i < HASHES; i++) {
                long value = mix(base ^ SEEDS[i]);
                if (value < signature[i]) {
                    signature[i] = value;
                }
            }
        }
        return signature;
    }

    /** The estimated Jaccard similarity of two signatures: the share of their hashes that agree. */
    public static double similarity(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / HASHES;
    }

    /** The signature's band hashes: two texts sharing any band are candidates. */
    public static long[] bands(long[] signature) {
        long[] bands = new long[BANDS];
        for (int band = 0; band < BANDS; band++) {
            long value = band;
            for (int row = 0; row < ROWS; row++) {
                value = mix(value * 31 + signature[band * ROWS + row]);
            }
            bands[band] = value;
        }
        return bands;
    }

    /**
     * The signature's band hashes, each mixed with the commune, as the matcher stores and looks them up: only
     * petitions of the same commune meet (a petition without one meets the others without one).
     */
    public static long[] bandKeys(long[] signature, @org.jspecify.annotations.Nullable String communeCode) {
        long commune = hash(communeCode == null ? "" : communeCode);
        long[] bands = bands(signature);
        for (int band = 0; band < bands.length; band++) {
            bands[band] = mix(bands[band] ^ commune);
        }
        return bands;
    }

    private static long hash(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** SplitMix64's finaliser. */
    private static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
