package org.villageregistry.domain.benefit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.person.Sex;

/** 计划生育家庭特别扶助 (only child died or disabled) and 独生子女父母奖励: families with one child. */
final class FamilySupport {
    private static final LocalDate CERTIFICATE_CUTOFF = LocalDate.of(2016, 1, 1);

    private FamilySupport() {
    }

    static Eligibility onlyChildDied(BenefitProgramme programme, Person person, List<Person> children,
            Optional<Person> spouse, LocalDate on) {
        Optional<Eligibility> refusal = familyRefusal(programme, person, children, spouse, on);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        Person child = children.get(0);
        if (child.residence() != ResidenceStatus.DEAD) {
            return Eligibility.no("rule.benefit.special.childAlive", child.name());
        }
        String died = child.leftOn() == null ? "—" : child.leftOn().toString();
        return Eligibility.yes("rule.benefit.special.childDied", child.name(), died, wife(person, spouse).ageOn(on));
    }

    static Eligibility onlyChildDisabled(BenefitProgramme programme, Person person, List<Person> children,
            Optional<Person> spouse, LocalDate on) {
        Optional<Eligibility> refusal = familyRefusal(programme, person, children, spouse, on);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        Person child = children.get(0);
        int maxGrade = BenefitEligibility.intParam(programme, BenefitEligibility.MAX_DISABILITY_GRADE, 3);
        Integer grade = child.disabilityGrade();
        if (child.residence() == ResidenceStatus.DEAD || grade == null || grade < 1 || grade > maxGrade) {
            return Eligibility.no("rule.benefit.special.notDisabled", child.name(), maxGrade);
        }
        return Eligibility.yes("rule.benefit.special.childDisabled", child.name(), grade,
                wife(person, spouse).ageOn(on));
    }

    static Eligibility onlyChildParent(BenefitProgramme programme, Person person, List<Person> children,
            LocalDate on) {
        LocalDate issued = person.onlyChildCertificateDate();
        if (issued == null) {
            return Eligibility.no("rule.benefit.onlyChild.noCertificate");
        }
        LocalDate before = ProgrammeTerms.dateParameter(programme, BenefitEligibility.CERTIFICATE_BEFORE,
                CERTIFICATE_CUTOFF);
        if (!issued.isBefore(before)) {
            return Eligibility.no("rule.benefit.onlyChild.certificateLate", issued.toString(), before.toString());
        }
        if (children.size() > 1) {
            return Eligibility.no("rule.benefit.onlyChild.moreChildren", children.size());
        }
        Optional<Integer> childEnd = ProgrammeTerms.intParameter(programme, BenefitEligibility.CHILD_END_AGE);
        if (childEnd.isPresent() && children.size() == 1 && children.get(0).ageOn(on) >= childEnd.get()) {
            return Eligibility.no("rule.benefit.onlyChild.childTooOld", children.get(0).name(), childEnd.get());
        }
        Optional<Integer> parentEnd = ProgrammeTerms.intParameter(programme, BenefitEligibility.PARENT_END_AGE);
        if (parentEnd.isPresent() && person.ageOn(on) >= parentEnd.get()) {
            return Eligibility.no("rule.benefit.onlyChild.parentTooOld", person.ageOn(on), parentEnd.get());
        }
        return Eligibility.yes("rule.benefit.onlyChild.eligible", issued.toString());
    }

    /** Both special-support variants: born on/after the cut-off, wife 49+, exactly one child born or adopted. */
    private static Optional<Eligibility> familyRefusal(BenefitProgramme programme, Person person,
            List<Person> children, Optional<Person> spouse, LocalDate on) {
        Optional<Eligibility> born = BenefitEligibility.ageRefusal(programme, person, on, 0);
        if (born.isPresent()) {
            return born;
        }
        Person wife = wife(person, spouse);
        int wifeMin = BenefitEligibility.intParam(programme, BenefitEligibility.WIFE_MIN_AGE, 49);
        if (wife.ageOn(on) < wifeMin) {
            return Optional.of(Eligibility.no("rule.benefit.special.wifeTooYoung", wife.name(), wife.ageOn(on),
                    wifeMin));
        }
        if (children.size() != 1) {
            return Optional.of(Eligibility.no("rule.benefit.special.notOneChild", children.size()));
        }
        return Optional.empty();
    }

    /** The woman of the couple; a man without a recorded wife is judged by his own age. */
    private static Person wife(Person person, Optional<Person> spouse) {
        if (person.sex() == Sex.FEMALE) {
            return person;
        }
        return spouse.filter(s -> s.sex() == Sex.FEMALE).orElse(person);
    }
}
