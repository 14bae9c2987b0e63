package org.villageregistry.sync.bundle;

/**
 * How much a township is willing to read from one file: the file size (checked before reading) and the
 * decompressed plaintext, capped both relative to the file size and absolutely (decompression bombs).
 */
public record BundleLimits(long maxFileBytes, int maxInflationRatio, long minDecompressedCap,
                           long maxDecompressedBytes) {
    public static final long MIB = 1024L * 1024L;

    public BundleLimits {
        if (maxFileBytes <= 0 || maxInflationRatio <= 0 || minDecompressedCap <= 0 || maxDecompressedBytes <= 0
                || maxDecompressedBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("bundle limits must be positive and fit in memory");
        }
    }

    /** 256 MiB files; plaintext at most 20 × the file (at least 4 MiB) and never more than 1 GiB. */
    public static BundleLimits defaults() {
        return new BundleLimits(256 * MIB, 20, 4 * MIB, 1024 * MIB);
    }

    public BundleLimits withMaxFileBytes(long bytes) {
        return new BundleLimits(bytes, maxInflationRatio, minDecompressedCap, maxDecompressedBytes);
    }

    public long decompressedCap(long fileBytes) {
        long relative = Math.max(minDecompressedCap, fileBytes * maxInflationRatio);
        return Math.min(relative, maxDecompressedBytes);
    }
}
