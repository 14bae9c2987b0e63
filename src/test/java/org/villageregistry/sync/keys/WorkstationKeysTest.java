package org.villageregistry.sync.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.Curve;
import org.junit.jupiter.api.Test;
import org.villageregistry.sync.SyncException;

class WorkstationKeysTest {
    @Test
    void aNewWorkstationGetsAnEd25519SigningAndAnX25519EncryptionKeyNamedByTheirThumbprints() throws Exception {
        WorkstationKeys keys = WorkstationKeys.generate();
        assertThat(keys.signingKey().getCurve()).isEqualTo(Curve.Ed25519);
        assertThat(keys.encryptionKey().getCurve()).isEqualTo(Curve.X25519);
        assertThat(keys.signingKey().getKeyID())
                .isEqualTo(keys.publicSigningKey().computeThumbprint("SHA-256").toString())
                .isEqualTo(keys.signingFingerprint().thumbprint()).hasSize(43);
        assertThat(keys.signingFingerprint()).isNotEqualTo(WorkstationKeys.generate().signingFingerprint());
    }

    @Test
    void theFingerprintIsReadOutInGroupsOfFour() {
        Fingerprint f = new Fingerprint("liE2qT9GTp_jiqXx0T2wgcNIlf5KJ00J1HbtMsf1L88");
        assertThat(f.display()).isEqualTo("liE2 qT9G Tp_j iqXx 0T2w gcNI lf5K J00J 1Hbt Msf1 L88");
    }

    @Test
    void thePrivateKeysSurviveStorageAndOnlyThePrivateFormHoldsTheSecret() {
        WorkstationKeys keys = WorkstationKeys.generate();
        WorkstationKeys restored = WorkstationKeys.fromBytes(keys.toBytes());
        assertThat(restored.signingKey()).isEqualTo(keys.signingKey());
        assertThat(restored.encryptionKey()).isEqualTo(keys.encryptionKey());
        assertThat(keys.toPrivateJson()).contains("\"d\"");
        assertThat(keys.publicSigningKey().toJSONString()).doesNotContain("\"d\"");
        assertThat(keys.publicEncryptionKey().toJSONString()).doesNotContain("\"d\"");
    }

    @Test
    void storedKeysWithAPublicKeyInPlaceOfThePrivateOneAreRefused() {
        WorkstationKeys keys = WorkstationKeys.generate();
        String damaged = keys.toPrivateJson().replace(keys.signingKey().toJSONString(), keys.publicSigningKey().toJSONString());
        assertThat(damaged).isNotEqualTo(keys.toPrivateJson());
        assertThatThrownBy(() -> WorkstationKeys.fromPrivateJson(damaged)).isInstanceOf(SyncException.class)
                .hasMessageContaining("密钥");
    }
}
