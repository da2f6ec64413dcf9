package org.apache.camel.mws.simulator.market.data;

/**
 * Stateless pseudo-random derivation: every generated value is a pure function of a few longs (seed, seller,
 * order index, field), so any order can be rebuilt on demand without storing it.
 */
public final class Mix {

    private Mix() {
    }

    /** SplitMix64's finaliser: a bijective, well-mixing function on 64 bits. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    public static long hash(long a, long b) {
        return mix(mix(a + 0x9e3779b97f4a7c15L) ^ (b * 0xc2b2ae3d27d4eb4fL + 0x165667b19e3779f9L));
    }

    public static long hash(long a, long b, long c) {
        return hash(hash(a, b), c);
    }

    /** A string's 64-bit hash (FNV-1a then mixed), stable across JVMs unlike String.hashCode spread. */
    public static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** Uniform double in [0, 1). */
    public static double unit(long h) {
        return (h >>> 11) * 0x1.0p-53;
    }

    /** Uniform int in [0, bound). */
    public static int below(long h, int bound) {
        return (int) (((h >>> 33) * bound) >>> 31);
    }

    /** Uniform long in [lo, hi]. */
    public static long between(long h, long lo, long hi) {
        return lo + (long) (unit(h) * (hi - lo + 1));
    }

    /** True with probability p. */
    public static boolean chance(long h, double p) {
        return unit(h) < p;
    }
}
