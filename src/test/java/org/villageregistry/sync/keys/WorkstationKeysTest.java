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
    void theFingerprintIsReadOutInCrockfordBase32InGroupsOfFour() {
        Fingerprint f = new Fingerprint("liE2qT9GTp_jiqXx0T2wgcNIlf5KJ00J1HbtMsf1L88");
        assertThat(f.display()).isEqualTo("JRGK DA9Z 8S79 ZRWA MQRX 2FDG G71M H5FY 98KM T2EM EVPK 5HZN 5Z7G");
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
