package org.villageregistry.storage;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.villageregistry.domain.text.RegistryException;

/**
 * The random 256-bit key that encrypts the database file, and its wrapping (AES-GCM) under a key derived from
 * a user's password with Argon2id. The user's password itself never reaches H2.
 */
final class DatabaseKey {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int GCM_TAG_BITS = 128;

    private final byte[] key;

    private DatabaseKey(byte[] key) {
        this.key = key;
    }

    static DatabaseKey random() {
        byte[] k = new byte[32];
        RANDOM.nextBytes(k);
        return new DatabaseKey(k);
    }

    /** What H2 gets as file password: derived from the random key, never from a user password. */
    String filePassword() {
        return HexFormat.of().formatHex(key);
    }

    /** The password of the database's own SQL user; separate from the file password. */
    String sqlPassword() {
        return "vreg-" + HexFormat.of().formatHex(key, 0, 16);
    }

    /** A separate key for one purpose (e.g. sealing the sync keys), HMAC-SHA256 of the purpose under this key. */
    byte[] derive(String purpose) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    KeyFile.UserKey wrapFor(String user, String role, char[] password, KeyFile.Argon2Parameters params) {
        byte[] salt = randomBytes(16);
        byte[] iv = randomBytes(12);
        byte[] kek = derive(password, salt, params);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(GCM_TAG_BITS, iv));
            c.updateAAD(user.getBytes(StandardCharsets.UTF_8));
            byte[] wrapped = c.doFinal(key);
            return new KeyFile.UserKey(user, role, params, KeyFile.b64(salt), KeyFile.b64(iv), KeyFile.b64(wrapped));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    /** Unwraps the database key with a user's password; a wrong password is a clear error. */
    static DatabaseKey unwrap(KeyFile.UserKey entry, char[] password) {
        byte[] kek = derive(password, KeyFile.unb64(entry.salt()), entry.argon2());
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(kek, "AES"),
                    new GCMParameterSpec(GCM_TAG_BITS, KeyFile.unb64(entry.iv())));
            c.updateAAD(entry.name().getBytes(StandardCharsets.UTF_8));
            return new DatabaseKey(c.doFinal(KeyFile.unb64(entry.wrappedKey())));
        } catch (AEADBadTagException e) {
            throw new RegistryException("storage.error.wrongPassword");
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new RegistryException(e, "storage.error.keyFileDamaged");
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    private static byte[] derive(char[] password, byte[] salt, KeyFile.Argon2Parameters p) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] pw = new byte[encoded.remaining()];
        encoded.get(pw);
        try {
            Argon2Function f = Argon2Function.getInstance(p.memoryKib(), p.iterations(), p.parallelism(), 32,
                    Argon2.ID);
            return f.hash(pw, salt).getBytes();
        } finally {
            forgetArgon2Functions();
            Arrays.fill(pw, (byte) 0);
            if (encoded.hasArray()) {
                Arrays.fill(encoded.array(), (byte) 0);
            }
        }
    }

    /**
     * password4j keeps every Argon2 function it made in a static map, each with its whole block memory (19 MiB at
     * the default parameters) for the life of the process: a third of the live heap of a township's import under
     * the launchers' 512 MB limit, collected again at every full collection. A key is derived once per sign-in,
     * so the function is dropped after use; a function another thread still holds keeps working.
     */
    static void forgetArgon2Functions() {
        try {
            java.lang.reflect.Field instances = Argon2Function.class.getDeclaredField("INSTANCES");
            instances.setAccessible(true);
            ((java.util.Map<?, ?>) instances.get(null)).clear();
        } catch (ReflectiveOperationException | RuntimeException e) {
            // a password4j without that map keeps nothing: nothing to drop
        }
    }

    /** How many Argon2 functions password4j keeps (for the test of {@link #forgetArgon2Functions}); -1 if unknown. */
    static int keptArgon2Functions() {
        try {
            java.lang.reflect.Field instances = Argon2Function.class.getDeclaredField("INSTANCES");
            instances.setAccessible(true);
            return ((java.util.Map<?, ?>) instances.get(null)).size();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return -1;
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
