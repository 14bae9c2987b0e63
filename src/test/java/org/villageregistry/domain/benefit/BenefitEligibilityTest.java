package org.villageregistry.domain.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.testing.People;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;

class BenefitEligibilityTest {
    private static final LocalDate ON = LocalDate.of(2026, 6, 30);
    private final BenefitProgramme rural = Programmes.of(ProgrammeKind.RURAL_REWARD,
            List.of(Programmes.yearly("2012-01-01", 960)), Map.of("minAge", "60", "bornOnOrAfter", "1933-01-01"));
    private final BenefitProgramme died = Programmes.of(ProgrammeKind.SPECIAL_SUPPORT_DEATH,
            List.of(Programmes.monthly("2022-07-01", 590)), Map.of("wifeMinAge", "49"));
    private final BenefitProgramme disabled = Programmes.of(ProgrammeKind.SPECIAL_SUPPORT_DISABILITY,
            List.of(Programmes.monthly("2022-07-01", 460)), Map.of());
    private final BenefitProgramme onlyChild = Programmes.of(ProgrammeKind.ONLY_CHILD_PARENT,
            List.of(Programmes.yearly("2010-01-01", 120)), Map.of("childEndAge", "18"));
    private final Person farmer = People.man("王大山", LocalDate.of(1960, 3, 1)).build();

    private static Person son(String name, String born) {
        return People.man(name, LocalDate.parse(born)).build();
    }

    private static Person daughter(String name, String born) {
        return People.woman(name, LocalDate.parse(born)).build();
    }

    private Eligibility rural(Person p, List<Person> children) {
        return BenefitEligibility.assess(rural, p, children, Optional.empty(), ON);
    }

    @Test
    void aRuralFatherOf60WithOneChildIsEligible() {
        Eligibility e = rural(farmer, List.of(son("王小山", "1988-01-01")));
        assertThat(e.eligible()).isTrue();
        assertThat(e.message(Messages.CHINESE)).contains("66 周岁").contains("只有一个子女");
    }

    @Test
    void twoDaughtersQualifyButASonAndADaughterDoNot() {
        assertThat(rural(farmer, List.of(daughter("大妞", "1985-01-01"), daughter("二妞", "1987-01-01"))).reasonKey())
                .isEqualTo("rule.benefit.rural.twoDaughters");
        Eligibility mixed = rural(farmer, List.of(son("大娃", "1985-01-01"), daughter("二妞", "1987-01-01")));
        assertThat(mixed.eligible()).isFalse();
        assertThat(mixed.message(Messages.CHINESE)).contains("2 个子女").contains("女儿 1 个");
    }

    @Test
    void parentsWithNoSurvivingChildQualify() {
        Person dead1 = son("大娃", "1985-01-01").toBuilder().residence(ResidenceStatus.DEAD).build();
        Person dead2 = son("二娃", "1987-01-01").toBuilder().residence(ResidenceStatus.DEAD).build();
        Person dead3 = son("三娃", "1989-01-01").toBuilder().residence(ResidenceStatus.DEAD).build();
        assertThat(rural(farmer, List.of(dead1, dead2, dead3)).reasonKey())
                .isEqualTo("rule.benefit.rural.noSurvivingChild");
    }

    @Test
    void theRuralRewardNeedsAgriculturalHukouAge60AndBirthFrom1933() {
        List<Person> one = List.of(son("王小山", "1988-01-01"));
        assertThat(rural(farmer.toBuilder().hukouType(HukouType.RESIDENT).build(), one).eligible()).isFalse();
        assertThat(rural(farmer.toBuilder().birthDate(LocalDate.of(1966, 7, 1)).build(), one).reasonKey())
                .isEqualTo("rule.benefit.tooYoung");
        assertThat(rural(farmer.toBuilder().birthDate(LocalDate.of(1966, 6, 30)).build(), one).eligible()).isTrue();
        assertThat(rural(farmer.toBuilder().birthDate(LocalDate.of(1932, 12, 31)).build(), one).reasonKey())
                .isEqualTo("rule.benefit.bornTooEarly");
    }

    @Test
    void aPersonWhoLeftTheRegisterIsNotEligible() {
        Person gone = farmer.toBuilder().residence(ResidenceStatus.MOVED_OUT).build();
        assertThat(rural(gone, List.of(son("王小山", "1988-01-01"))).reasonKey()).isEqualTo("rule.benefit.notInRegister");
    }

    @Test
    void specialSupportWhenTheOnlyChildDiedAndTheWifeIs49() {
        Person wife = People.woman("李桂兰", LocalDate.of(1977, 6, 30)).build();
        Person child = son("王小山", "2000-01-01").toBuilder().residence(ResidenceStatus.DEAD)
                .leftOn(LocalDate.of(2020, 5, 1)).build();
        Eligibility e = BenefitEligibility.assess(died, farmer, List.of(child), Optional.of(wife), ON);
        assertThat(e.eligible()).isTrue();
        assertThat(e.message(Messages.CHINESE)).contains("2020-05-01").contains("49 周岁");
        Person youngerWife = wife.toBuilder().birthDate(LocalDate.of(1977, 7, 1)).build();
        assertThat(BenefitEligibility.assess(died, farmer, List.of(child), Optional.of(youngerWife), ON).reasonKey())
                .isEqualTo("rule.benefit.special.wifeTooYoung");
    }

    @Test
    void specialSupportForDeathIsRefusedWhileTheChildLivesOrThereAreTwoChildren() {
        Person wife = People.woman("李桂兰", LocalDate.of(1970, 1, 1)).build();
        Person alive = son("王小山", "2000-01-01");
        assertThat(BenefitEligibility.assess(died, wife, List.of(alive), Optional.empty(), ON).reasonKey())
                .isEqualTo("rule.benefit.special.childAlive");
        Person dead = alive.toBuilder().residence(ResidenceStatus.DEAD).build();
        Person adopted = daughter("养女", "2010-01-01").toBuilder().adopted(true).build();
        assertThat(BenefitEligibility.assess(died, wife, List.of(dead, adopted), Optional.empty(), ON).reasonKey())
                .isEqualTo("rule.benefit.special.notOneChild");
    }

    @Test
    void specialSupportForDisabilityNeedsGrade1To3() {
        Person wife = People.woman("李桂兰", LocalDate.of(1970, 1, 1)).build();
        Person grade3 = son("王小山", "2000-01-01").toBuilder().disabilityGrade(3).build();
        Person grade4 = grade3.toBuilder().disabilityGrade(4).build();
        assertThat(BenefitEligibility.assess(disabled, wife, List.of(grade3), Optional.empty(), ON).eligible()).isTrue();
        assertThat(BenefitEligibility.assess(disabled, wife, List.of(grade4), Optional.empty(), ON).reasonKey())
                .isEqualTo("rule.benefit.special.notDisabled");
    }

    @Test
    void onlyChildParentsRewardNeedsACertificateIssuedBefore2016() {
        Person child = son("王小山", "2012-01-01");
        Person holder = farmer.toBuilder().onlyChildCertificateDate(LocalDate.of(2015, 12, 31)).build();
        assertThat(BenefitEligibility.assess(onlyChild, holder, List.of(child), Optional.empty(), ON).eligible())
                .isTrue();
        Person late = farmer.toBuilder().onlyChildCertificateDate(LocalDate.of(2016, 1, 1)).build();
        assertThat(BenefitEligibility.assess(onlyChild, late, List.of(child), Optional.empty(), ON).reasonKey())
                .isEqualTo("rule.benefit.onlyChild.certificateLate");
        assertThat(BenefitEligibility.assess(onlyChild, farmer, List.of(child), Optional.empty(), ON).reasonKey())
                .isEqualTo("rule.benefit.onlyChild.noCertificate");
    }

    @Test
    void onlyChildParentsRewardEndsAtTheConfiguredChildAge() {
        Person holder = farmer.toBuilder().onlyChildCertificateDate(LocalDate.of(2009, 1, 1)).build();
        Person turned18 = son("王小山", "2008-06-30");
        Person seventeen = son("王小山", "2008-07-01");
        assertThat(BenefitEligibility.assess(onlyChild, holder, List.of(turned18), Optional.empty(), ON).reasonKey())
                .isEqualTo("rule.benefit.onlyChild.childTooOld");
        assertThat(BenefitEligibility.assess(onlyChild, holder, List.of(seventeen), Optional.empty(), ON).eligible())
                .isTrue();
    }

    @Test
    void theRateInForceComesFromTheProgramme() {
        assertThat(ProgrammeTerms.rateOn(died, LocalDate.of(2022, 6, 30))).isEmpty();
        assertThat(ProgrammeTerms.rateOn(died, ON).orElseThrow().amount()).isEqualTo(Money.yuan(590));
    }

    @Test
    void anUnreadableParameterSaysWhichOneToFix() {
        BenefitProgramme broken = Programmes.of(ProgrammeKind.RURAL_REWARD, List.of(), Map.of("minAge", "六十"));
        assertThatThrownBy(() -> BenefitEligibility.assess(broken, farmer, List.of(), Optional.empty(), ON))
                .isInstanceOf(RegistryException.class)
                .satisfies(ex -> assertThat(((RegistryException) ex).getMessage(Messages.CHINESE)).contains("minAge"));
    }
}
