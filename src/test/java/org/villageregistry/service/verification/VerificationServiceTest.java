package org.villageregistry.service.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.villageregistry.service.verification.SampleTownshipRegister.APRICOT;
import static org.villageregistry.service.verification.SampleTownshipRegister.CLOCK;
import static org.villageregistry.service.verification.SampleTownshipRegister.WILLOW;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.indicator.SampleRate;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.sync.SyncRecords.Feedback;
import org.villageregistry.domain.sync.SyncRecords.FeedbackKind;
import org.villageregistry.domain.sync.SyncRecords.KnownBirth;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.domain.verification.CheckedField;
import org.villageregistry.domain.verification.FoundPerson;
import org.villageregistry.domain.verification.PersonOutcome;
import org.villageregistry.domain.verification.SampledHousehold;
import org.villageregistry.domain.verification.SampledPerson;
import org.villageregistry.domain.verification.VerificationSample;
import org.villageregistry.service.Json;

/** 青山镇's clerk draws households in 柳树村 and 杏花村, enters what the team found and reads the rates. */
class VerificationServiceTest {
    @TempDir
    Path temp;
    private Register register;
    private VerificationService service;

    @BeforeEach
    void township() {
        Messages.setLocale(Messages.CHINESE);
        register = SampleTownshipRegister.open(temp);
        service = new VerificationService(register, CLOCK);
    }

    @AfterEach
    void close() {
        register.close();
    }

    private VerificationSample draw(long seed) {
        return service.draw(new VerificationService.Draw(List.of(), 4, seed, false));
    }

    private static List<java.util.UUID> households(VerificationSample s) {
        return s.households().stream().map(SampledHousehold::householdId).toList();
    }

    @Test
    void theSameSeedDrawsTheSameHouseholdsAndMembersAndTheSeedIsKept() {
        VerificationSample first = draw(20261201);
        VerificationSample second = draw(20261201);

        assertThat(households(second)).isEqualTo(households(first)).hasSize(8);
        assertThat(second.persons().stream().map(SampledPerson::personId).toList())
                .isEqualTo(first.persons().stream().map(SampledPerson::personId).toList());
        assertThat(second.verification().seed()).isEqualTo(20261201);
        assertThat(first.householdsOf(WILLOW)).hasSize(4);
        assertThat(first.householdsOf(APRICOT)).hasSize(4);
        assertThat(households(draw(7))).isNotEqualTo(households(first));
        assertThat(service.list()).hasSize(3);
        assertThat(service.sample(first.verification().id())).isEqualTo(first);
    }

    @Test
    void everyDrawnMemberIsInTheRegisterOfTheDrawnHousehold() {
        VerificationSample s = service.draw(new VerificationService.Draw(List.of(APRICOT), 5, 3, false));

        assertThat(s.households()).hasSize(5).allSatisfy(h -> assertThat(h.village()).isEqualTo(APRICOT));
        for (SampledPerson p : s.persons()) {
            var registered = register.persons().get(p.personId());
            assertThat(registered.householdId()).isEqualTo(s.household(p.household()).orElseThrow().householdId());
            assertThat(registered.isActive()).isTrue();
            assertThat(p.name()).isEqualTo(registered.name());
        }
    }

    @Test
    void anUnknownVillageCodeIsRefusedQuotingItAndNothingIsDrawn() {
        assertThatThrownBy(() -> service.draw(new VerificationService.Draw(List.of(WILLOW, "410103100099"), 3, 1,
                false))).isInstanceOf(RegistryException.class).hasMessageContaining("“410103100099”")
                .hasMessageContaining(WILLOW);
        assertThat(service.list()).isEmpty();
    }

    @Test
    void noHouseholdsOrLessIsRefusedQuotingTheNumber() {
        assertThatThrownBy(() -> service.draw(new VerificationService.Draw(List.of(), 0, 1, false)))
                .hasMessageContaining("每村抽取的户数必须大于 0").hasMessageContaining("“0”");
        assertThatThrownBy(() -> service.draw(new VerificationService.Draw(List.of(), -3, 1, false)))
                .hasMessageContaining("“-3”");
        assertThat(service.list()).isEmpty();
    }

    @Test
    void anEntryForAPersonNotInTheSampleIsRefusedAndNothingIsEntered() {
        VerificationSample s = draw(1);
        long id = s.verification().id();
        String outside = String.valueOf(s.persons().size() + 1);

        assertThatThrownBy(() -> service.recordPerson(id, outside, PersonOutcome.CORRECT, Map.of()))
                .hasMessageContaining("“" + outside + "”不是第 " + id + " 号抽样核查样本中的人员编号");
        assertThatThrownBy(() -> service.recordPerson(id, "王建国", PersonOutcome.CORRECT, Map.of()))
                .hasMessageContaining("“王建国”");
        assertThatThrownBy(() -> service.recordFound(id, "99", FoundPerson.Kind.MISSING_PERSON, "李秀兰", Sex.FEMALE,
                LocalDate.of(1990, 1, 1), true)).hasMessageContaining("“99”");
        assertThat(service.results(id).isEmpty()).isTrue();
        assertThat(register.sync().feedback().unsentFeedback(WILLOW)).isEmpty();
    }

    @Test
    void redrawingWithAnotherSeedAfterResultsIsRefusedAndTheSampleStays() {
        VerificationSample s = draw(1);
        long id = s.verification().id();
        service.recordPerson(id, "1", PersonOutcome.CORRECT, Map.of());

        assertThatThrownBy(() -> service.redraw(id, 99))
                .hasMessageContaining("已经录入了核查结果").hasMessageContaining("“99”").hasMessageContaining("原种子 1");
        assertThat(service.sample(id)).isEqualTo(s);
        assertThat(service.results(id).persons()).containsOnlyKeys(1);
    }

    @Test
    void redrawingBeforeAnyResultReplacesTheSampleUnderTheSameNumber() {
        VerificationSample s = draw(1);

        VerificationSample again = service.redraw(s.verification().id(), 2);

        assertThat(again.verification().id()).isEqualTo(s.verification().id());
        assertThat(service.sample(s.verification().id())).isEqualTo(again);
        assertThat(again.verification().seed()).isEqualTo(2);
        assertThat(households(again)).isEqualTo(households(draw(2)));
        assertThat(service.list()).hasSize(2);
    }

    @Test
    void aWrongFieldGoesToItsVillageAsFeedbackAndTheRatesCountIt() {
        VerificationSample s = draw(5);
        long id = s.verification().id();
        SampledPerson first = s.persons().get(0);
        String trueDate = first.birthDate().plusDays(2).toString();

        service.recordPerson(id, "1", PersonOutcome.WRONG, Map.of(CheckedField.BIRTH_DATE, trueDate));
        service.recordPerson(id, "2", PersonOutcome.NOT_LIVING, Map.of());
        service.recordFound(id, "1", FoundPerson.Kind.MISSING_PERSON, "李秀兰", Sex.FEMALE, LocalDate.of(1990, 4, 4),
                true);
        int rest = service.recordRestCorrect(id, "");

        assertThat(rest).isEqualTo(s.persons().size() - 2);
        VerificationReport report = service.report(id);
        int n = s.persons().size();
        assertThat(report.complete()).isTrue();
        assertThat(report.total().accuracy()).isEqualTo(new SampleRate(n - 2, n));
        assertThat(report.total().fieldErrors().get(CheckedField.BIRTH_DATE)).isEqualTo(new SampleRate(1, n - 1));
        assertThat(report.total().omission()).isEqualTo(new SampleRate(1, n));
        List<Feedback> feedback = register.sync().feedback().unsentFeedback(first.village());
        assertThat(feedback).extracting(Feedback::kind).containsOnly(FeedbackKind.VERIFICATION_FINDING).hasSize(3);
        JsonNode wrong = read(feedback.get(0));
        assertThat(feedback.get(0).entityId()).contains(first.personId());
        assertThat(wrong.path("finding").asText()).isEqualTo("WRONG_FIELD");
        assertThat(wrong.path("fieldLabel").asText()).isEqualTo("出生日期");
        assertThat(wrong.path("value").asText()).isEqualTo(trueDate);
        assertThat(wrong.path("personName").asText()).isEqualTo(first.name());
        assertThat(read(feedback.get(2)).path("finding").asText()).isEqualTo("MISSING_PERSON");
        assertThat(register.persons().get(first.personId()).birthDate()).as("the township edits nothing")
                .isEqualTo(first.birthDate());
    }

    @Test
    void aResultTypedAgainReplacesTheFindingThatHasNotGoneOutYet() {
        VerificationSample s = draw(5);
        long id = s.verification().id();
        SampledPerson first = s.persons().get(0);

        service.recordPerson(id, "1", PersonOutcome.WRONG, Map.of(CheckedField.BIRTH_DATE, "1901-01-01"));
        service.recordPerson(id, "1", PersonOutcome.WRONG, Map.of(CheckedField.BIRTH_DATE, "1901-01-10"));

        List<Feedback> feedback = register.sync().feedback().unsentFeedback(first.village());
        assertThat(feedback).singleElement().satisfies(f -> assertThat(read(f).path("value").asText())
                .isEqualTo("1901-01-10"));
        service.recordPerson(id, "1", PersonOutcome.CORRECT, Map.of());
        assertThat(register.sync().feedback().unsentFeedback(first.village())).isEmpty();
        assertThat(service.results(id).of(1).orElseThrow().outcome()).isEqualTo(PersonOutcome.CORRECT);
    }

    @Test
    void aValueThatIsWhatTheRegisterHoldsIsNoCorrection() {
        VerificationSample s = draw(5);
        SampledPerson first = s.persons().get(0);

        assertThatThrownBy(() -> service.recordPerson(s.verification().id(), "1", PersonOutcome.WRONG,
                Map.of(CheckedField.NAME, first.name()))).hasMessageContaining("“" + first.name() + "”");
        assertThatThrownBy(() -> service.recordPerson(s.verification().id(), "1", PersonOutcome.WRONG, Map.of()))
                .hasMessageContaining("出生日期=1985-03-02");
        assertThat(service.results(s.verification().id()).isEmpty()).isTrue();
    }

    @Test
    void listedNewbornsOfTheLastTwelveMonthsJoinTheSampleWhenAsked() {
        register.transactions().write(() -> {
            register.sync().feedback().addKnownBirth(new KnownBirth(0, WILLOW, "县医院", "张宝", "男",
                    LocalDate.of(2026, 8, 8), "张梅", "410103199501011228"));
            register.sync().feedback().addKnownBirth(new KnownBirth(0, WILLOW, "县医院", "李宝", "女",
                    LocalDate.of(2025, 8, 8), "李梅", "410103199501011236"));
        });

        VerificationSample s = service.draw(new VerificationService.Draw(List.of(WILLOW), 2, 1, true));
        service.recordNewborn(s.verification().id(), "1", true);

        assertThat(s.newborns()).singleElement().satisfies(n -> {
            assertThat(n.childName()).isEqualTo("张宝");
            assertThat(n.recorded()).isFalse();
        });
        assertThat(service.report(s.verification().id()).total().birthOmission().numerator()).isEqualTo(1);
        assertThat(draw(1).newborns()).as("not asked").isEmpty();
        assertThatThrownBy(() -> service.recordNewborn(s.verification().id(), "2", true)).hasMessageContaining("“2”");
    }

    private static JsonNode read(Feedback f) {
        try {
            return Json.mapper().readTree(f.payloadJson());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
