package org.villageregistry.sync.keys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A key fingerprint as two clerks read it to each other over the phone. */
class FingerprintTest {

    @Test
    void isShownInUppercaseCrockfordBase32InThirteenGroupsOfFour() {
        Fingerprint print = new Fingerprint("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8");

        assertThat(print.display()).isEqualTo("000G 40R4 0M30 E209 185G R38E 1W81 24GK 2GAH C5RR 34D1 P70X 3RFG");
    }

    @Test
    void hasNoLettersThatAreMistakenForOthersAndNoLowerCase() {
        for (int i = 0; i < 50; i++) {
            String shown = WorkstationKeys.generate().signingFingerprint().display();

            assertThat(shown).matches("([0-9A-HJKMNP-TV-Z]{4} ){12}[0-9A-HJKMNP-TV-Z]{4}").doesNotContain("I", "L", "O", "U");
        }
    }
}
