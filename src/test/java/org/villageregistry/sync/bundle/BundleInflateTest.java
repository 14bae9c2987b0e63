package org.villageregistry.sync.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.villageregistry.sync.SyncException;
import org.villageregistry.sync.SyncProblem;

/** A bundle's plaintext inflated whole, across the chunks it is gathered in, and never past its cap. */
class BundleInflateTest {
    private static byte[] deflate(byte[] plain) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(plain);
        deflater.finish();
        byte[] out = new byte[plain.length + 1024];
        int n = deflater.deflate(out);
        deflater.end();
        return Arrays.copyOf(out, n);
    }

    private static byte[] plain(int length, Random random) {
        byte[] text = new byte[length];
        for (int i = 0; i < length; i++) {
            text[i] = (byte) (random.nextInt(4) == 0 ? random.nextInt(256) : "{\"name\":\"x\"},".charAt(i % 13));
        }
        return text;
    }

    @Test
    void everyLengthAroundTheChunksComesBackWhole() {
        Random random = new Random(1951);
        int chunk = 256 * 1024;
        for (int length : new int[] {0, 1, 4095, chunk - 1, chunk, chunk + 1, 2 * chunk, 3 * chunk + 17}) {
            byte[] plain = plain(length, random);
            byte[] compressed = deflate(plain);
            assertThat(BundleEncryption.inflate(compressed, length, "a.vrb.json")).as("%d bytes", length)
                    .isEqualTo(plain);
        }
    }

    @Test
    void onePastTheCapIsRefused() {
        byte[] plain = plain(300_000, new Random(8));
        byte[] compressed = deflate(plain);
        assertThat(BundleEncryption.inflate(compressed, plain.length, "a.vrb.json")).isEqualTo(plain);
        assertThatThrownBy(() -> BundleEncryption.inflate(compressed, plain.length - 1, "a.vrb.json"))
                .isInstanceOfSatisfying(SyncException.class,
                        e -> assertThat(e.problem()).isEqualTo(SyncProblem.DECOMPRESSED_TOO_LARGE));
    }

    @Test
    void aCutStreamIsRefusedNotShortened() {
        byte[] compressed = deflate(plain(600_000, new Random(9)));
        byte[] cut = Arrays.copyOf(compressed, compressed.length / 2);
        assertThatThrownBy(() -> BundleEncryption.inflate(cut, 1 << 30, "a.vrb.json"))
                .isInstanceOfSatisfying(SyncException.class,
                        e -> assertThat(e.problem()).isEqualTo(SyncProblem.DECRYPT_FAILED));
    }
}
