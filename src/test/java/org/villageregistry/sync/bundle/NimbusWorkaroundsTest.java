package org.villageregistry.sync.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.CompressionAlgorithm;
import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObjectJSON;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MultiDecrypter;
import com.nimbusds.jose.crypto.MultiEncrypter;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two Nimbus behaviours docs/decisions/0003-bundle-encoding.md works around, re-checked on every upgrade:
 * when one of these fails, Nimbus has changed and the decision (and BundleEncryption) should be read again.
 */
class NimbusWorkaroundsTest {

    @Test
    void multiEncrypterStillLosesTheHeaderOfALoneRecipient() throws Exception {
        OctetKeyPair township = key("township");
        JWEObjectJSON jwe = new JWEObjectJSON(header(), new Payload("户主 张三"));
        jwe.encrypt(new MultiEncrypter(new JWKSet(List.<JWK>of(township.toPublicJWK()))));

        JWEObjectJSON read = JWEObjectJSON.parse(jwe.serializeGeneral());
        assertThat(jwe.serializeGeneral()).doesNotContain("\"epk\"");
        assertThatThrownBy(() -> read.decrypt(new MultiDecrypter(township, null)))
                .isInstanceOf(JOSEException.class);
    }

    @Test
    void nimbusInflatesAtMostAMegabyteSoRealBundlesAreInflatedByUs() throws Exception {
        OctetKeyPair township = key("township");
        JWEObjectJSON jwe = new JWEObjectJSON(header(), new Payload(new byte[2_000_000]));
        jwe.encrypt(new MultiEncrypter(new JWKSet(List.<JWK>of(township.toPublicJWK(), key("county").toPublicJWK()))));

        JWEObjectJSON read = JWEObjectJSON.parse(jwe.serializeGeneral());
        assertThatThrownBy(() -> read.decrypt(new MultiDecrypter(township, null)))
                .hasMessageContaining("exceeds the maximum allowed length");
    }

    private static JWEHeader header() {
        return new JWEHeader.Builder(EncryptionMethod.A256GCM).compressionAlgorithm(CompressionAlgorithm.DEF).build();
    }

    private static OctetKeyPair key(String id) throws JOSEException {
        return new OctetKeyPairGenerator(Curve.X25519).keyID(id).algorithm(JWEAlgorithm.ECDH_ES_A256KW).generate();
    }
}
