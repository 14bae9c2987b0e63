package org.villageregistry.storage;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.villageregistry.domain.text.RegistryException;

/** AES-256-GCM sealing of a small secret under a key derived from the database key, for one purpose. */
final class SealedSecret {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final byte[] key;
    private final byte[] purpose;

    SealedSecret(DatabaseKey databaseKey, String purpose) {
        this.key = databaseKey.derive("vreg:" + purpose);
        this.purpose = purpose.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    record Sealed(byte[] iv, byte[] ciphertext) {
    }

    Sealed seal(byte[] secret) {
        byte[] iv = new byte[12];
        RANDOM.nextBytes(iv);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
            c.updateAAD(purpose);
            return new Sealed(iv, c.doFinal(secret));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    byte[] open(Sealed sealed) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, sealed.iv()));
            c.updateAAD(purpose);
            return c.doFinal(sealed.ciphertext());
        } catch (AEADBadTagException e) {
            throw new RegistryException(e, "storage.error.syncKeysDamaged");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    void wipe() {
        Arrays.fill(key, (byte) 0);
    }
}
