package org.villageregistry.domain.benefit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.person.Sex;

/**
 * Eligibility for a benefit programme computed from register facts, with the reason. Thresholds come from the
 * programme's parameters (national defaults when not configured); amounts come from its rates, never from here.
 */
public final class BenefitEligibility {
    public static final String MIN_AGE = "minAge";
    public static final String BORN_ON_OR_AFTER = "bornOnOrAfter";
    public static final String WIFE_MIN_AGE = "wifeMinAge";
    public static final String MAX_DISABILITY_GRADE = "maxDisabilityGrade";
    public static final String CERTIFICATE_BEFORE = "certificateIssuedBefore";
    public static final String CHILD_END_AGE = "childEndAge";
    public static final String PARENT_END_AGE = "parentEndAge";
    private static final LocalDate BORN_FROM = LocalDate.of(1933, 1, 1);

    private BenefitEligibility() {
    }

    /**
     * @param person   the applicant
     * @param children the applicant's children in the register (born or adopted, living or dead)
     * @param spouse   the applicant's spouse, if recorded
     */
    public static Eligibility assess(BenefitProgramme programme, Person person, List<Person> children,
            Optional<Person> spouse, LocalDate on) {
        if (!person.isActive()) {
            return Eligibility.no("rule.benefit.notInRegister", person.name());
        }
        if (person.birthDate() == null) {
            return Eligibility.no("rule.benefit.noBirthDate", person.name());
        }
        List<Person> kids = children.stream().filter(c -> c.voidReason() == null).toList();
        return switch (programme.kind()) {
            case CHILDCARE_SUBSIDY -> childcare(programme, kids, on);
            case RURAL_REWARD -> ruralReward(programme, person, kids, on);
            case SPECIAL_SUPPORT_DEATH -> FamilySupport.onlyChildDied(programme, person, kids, spouse, on);
            case SPECIAL_SUPPORT_DISABILITY -> FamilySupport.onlyChildDisabled(programme, person, kids, spouse, on);
            case ONLY_CHILD_PARENT -> FamilySupport.onlyChildParent(programme, person, kids, on);
        };
    }

    private static Eligibility childcare(BenefitProgramme programme, List<Person> children, LocalDate on) {
        List<Person> eligible = children.stream()
                .filter(c -> ChildcareSubsidy.forChild(c, programme, on).eligible())
                .toList();
        int maxAge = ProgrammeTerms.intParameter(programme, ChildcareSubsidy.MAX_CHILD_AGE, 3);
        if (eligible.isEmpty()) {
            return Eligibility.no("rule.benefit.childcare.none", maxAge);
        }
        String names = eligible.stream().map(Person::name).collect(Collectors.joining("、"));
        return Eligibility.yes("rule.benefit.childcare.some", eligible.size(), maxAge, names);
    }

    private static Eligibility ruralReward(BenefitProgramme programme, Person person, List<Person> children,
            LocalDate on) {
        if (person.hukouType() != HukouType.AGRICULTURAL) {
            String type = person.hukouType() == null ? "—" : person.hukouType().zh();
            return Eligibility.no("rule.benefit.rural.hukou", type);
        }
        Optional<Eligibility> ageRefusal = ageRefusal(programme, person, on, intParam(programme, MIN_AGE, 60));
        if (ageRefusal.isPresent()) {
            return ageRefusal.get();
        }
        int age = person.ageOn(on);
        long surviving = children.stream().filter(c -> c.residence() != ResidenceStatus.DEAD).count();
        long daughters = children.stream().filter(c -> c.sex() == Sex.FEMALE).count();
        if (surviving == 0) {
            return Eligibility.yes("rule.benefit.rural.noSurvivingChild", age);
        }
        if (children.size() == 1) {
            return Eligibility.yes("rule.benefit.rural.oneChild", age);
        }
        if (children.size() == 2 && daughters == 2) {
            return Eligibility.yes("rule.benefit.rural.twoDaughters", age);
        }
        return Eligibility.no("rule.benefit.rural.children", children.size(), daughters);
    }

    /** Refuses a person born before the programme's cut-off date or younger than the minimum age. */
    static Optional<Eligibility> ageRefusal(BenefitProgramme programme, Person person, LocalDate on, int minAge) {
        LocalDate bornFrom = ProgrammeTerms.dateParameter(programme, BORN_ON_OR_AFTER, BORN_FROM);
        if (person.birthDate().isBefore(bornFrom)) {
            return Optional.of(Eligibility.no("rule.benefit.bornTooEarly", person.birthDate().toString(),
                    bornFrom.toString()));
        }
        int age = person.ageOn(on);
        if (age < minAge) {
            return Optional.of(Eligibility.no("rule.benefit.tooYoung", person.name(), age, minAge));
        }
        return Optional.empty();
    }

    static int intParam(BenefitProgramme programme, String name, int fallback) {
        return ProgrammeTerms.intParameter(programme, name, fallback);
    }
}
