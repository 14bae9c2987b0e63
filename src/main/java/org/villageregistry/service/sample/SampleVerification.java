package org.villageregistry.service.sample;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.domain.verification.CheckedField;
import org.villageregistry.domain.verification.FoundPerson;
import org.villageregistry.domain.verification.PersonOutcome;
import org.villageregistry.domain.verification.SampledHousehold;
import org.villageregistry.domain.verification.SampledNewborn;
import org.villageregistry.domain.verification.SampledPerson;
import org.villageregistry.domain.verification.VerificationSample;
import org.villageregistry.service.verification.VerificationReport;
import org.villageregistry.service.verification.VerificationService;

/**
 * One completed sample verification in the sample township (示例数据 only), entered through the same service a
 * clerk uses: every village, {@link #HOUSEHOLDS} households each and the listed newborns, drawn with the seed; then
 * what a field team plausibly finds, worked out from the same seed: about one person in sixteen with a wrong birth
 * date, now and then an unmarried adult who has married or a person no longer living there, a person not registered
 * in every third household (every other one a married woman), one birth not recorded, every listed newborn found;
 * everyone else correct.
 */
public final class SampleVerification {
    public static final int HOUSEHOLDS = 10;

    private SampleVerification() {
    }

    public static VerificationReport complete(VerificationService service, long seed) {
        if (!service.township().equals(SampleTownshipPlan.TOWNSHIP.code().value())) {
            throw new RegistryException("sample.error.notSampleTownship", service.township(),
                    SampleTownshipPlan.TOWNSHIP.code().value());
        }
        VerificationSample s = service.draw(new VerificationService.Draw(List.of(), HOUSEHOLDS, seed, true));
        long id = s.verification().id();
        Random team = new Random(seed);
        for (SampledPerson p : s.persons()) {
            int roll = team.nextInt(64);
            if (roll < 4 && p.birthDate() != null) {
                service.recordPerson(id, String.valueOf(p.number()), PersonOutcome.WRONG,
                        Map.of(CheckedField.BIRTH_DATE, p.birthDate().plusDays(1 + team.nextInt(9)).toString()));
            } else if (roll < 6 && p.marital() == MaritalStatus.UNMARRIED && p.birthDate() != null
                    && p.birthDate().isBefore(s.verification().drawnOn().minusYears(24))) {
                service.recordPerson(id, String.valueOf(p.number()), PersonOutcome.WRONG,
                        Map.of(CheckedField.MARITAL, MaritalStatus.MARRIED.zh()));
            } else if (roll == 6) {
                service.recordPerson(id, String.valueOf(p.number()), PersonOutcome.NOT_LIVING, Map.of());
            }
        }
        for (SampledHousehold h : s.households()) {
            String surname = s.membersOf(h.number()).stream().map(SampledPerson::name)
                    .filter(n -> n != null && !n.isEmpty()).findFirst().map(n -> n.substring(0, 1)).orElse("李");
            if (h.number() % 6 == 3) {
                service.recordFound(id, String.valueOf(h.number()), FoundPerson.Kind.MISSING_PERSON,
                        surname + "秀兰", Sex.FEMALE, s.verification().drawnOn().minusYears(31).minusDays(h.number()),
                        true);
            } else if (h.number() % 6 == 0) {
                service.recordFound(id, String.valueOf(h.number()), FoundPerson.Kind.MISSING_PERSON,
                        surname + "志强", Sex.MALE, s.verification().drawnOn().minusYears(24).minusDays(h.number()),
                        false);
            }
        }
        if (!s.households().isEmpty()) {
            SampledHousehold first = s.households().get(0);
            service.recordFound(id, String.valueOf(first.number()), FoundPerson.Kind.UNRECORDED_BIRTH,
                    first.headName().isEmpty() ? "王小宝" : first.headName().charAt(0) + "小宝", Sex.MALE,
                    s.verification().drawnOn().minusMonths(2), false);
        }
        for (SampledNewborn n : s.newborns()) {
            service.recordNewborn(id, String.valueOf(n.number()), true);
        }
        service.recordRestCorrect(id, "");
        return service.report(id);
    }
}
