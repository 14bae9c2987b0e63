package org.villageregistry.service.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.domain.workstation.WorkstationSetup;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.service.verification.VerificationReport;
import org.villageregistry.service.verification.VerificationService;
import org.villageregistry.storage.H2RegisterStore;
import org.villageregistry.storage.TestStores;

/** The sample township gets one completed verification; a real township cannot be filled with made-up findings. */
class SampleVerificationTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T02:00:00Z"), ZoneOffset.UTC);
    private final H2RegisterStore store = TestStores.quick(CLOCK);

    @TempDir
    Path temp;

    @Test
    void theSampleTownshipHoldsOneCompletedVerificationWithEveryFigure() {
        Messages.setLocale(Messages.CHINESE);
        Path home = new SampleTownshipGenerator(store).generateMergedTownship(temp.resolve("township"),
                new SampleSettings(temp, 2, 200, 11, SampleSettings.DEFAULT_REFERENCE));
        try (Register township = store.open(home, SampleTownshipGenerator.CLERK,
                SampleTownshipGenerator.SAMPLE_PASSWORD.toCharArray())) {
            VerificationService service = new VerificationService(township, CLOCK);

            VerificationReport done = SampleVerification.complete(service, 20261201);

            assertThat(done.complete()).isTrue();
            assertThat(service.list()).hasSize(1);
            assertThat(done.sample().households()).hasSize(2 * SampleVerification.HOUSEHOLDS);
            assertThat(done.total().accuracy().denominator()).isEqualTo(done.sample().persons().size());
            assertThat(done.total().accuracy().numerator()).isLessThan(done.total().accuracy().denominator())
                    .isGreaterThan(done.total().accuracy().denominator() * 3 / 4);
            assertThat(done.total().omission().numerator()).as("households 3, 6, … 18 and a baby").isEqualTo(7L);
            assertThat(done.total().birthOmission().numerator()).isEqualTo(1L);
            assertThat(done.total().marriedWomenManaged().denominator())
                    .isGreaterThan(done.total().marriedWomenManaged().numerator());
            assertThat(township.sync().feedback().unsentFeedback("410103100001")).isNotEmpty();
        }
    }

    @Test
    void aTownshipThatIsNotTheSampleIsRefused() {
        try (Register other = store.create(temp.resolve("other"), new WorkstationSetup(WorkstationRole.TOWNSHIP,
                DivisionCode.of("410103200"), "远镇"), "admin", "pw-2026".toCharArray())) {
            assertThatThrownBy(() -> SampleVerification.complete(new VerificationService(other, CLOCK), 1))
                    .hasMessageContaining("410103200").hasMessageContaining("410103100");
            assertThat(other.verifications().list()).isEmpty();
        }
    }
}
