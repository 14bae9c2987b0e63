package org.villageregistry.domain.person;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * 育龄妇女: women aged 15–49 full years (周岁) who are in the register on the reference date, and among them the
 * married ones (已婚育龄妇女, status 20–23). A woman enters on her 15th birthday and leaves on her 50th.
 */
public record ReproductiveAgeRoster(LocalDate referenceDate, List<Person> women, List<Person> marriedWomen) {
    public static final int MIN_AGE = 15;
    public static final int MAX_AGE = 49;

    public ReproductiveAgeRoster {
        women = List.copyOf(women);
        marriedWomen = List.copyOf(marriedWomen);
    }

    public static ReproductiveAgeRoster on(LocalDate day, Collection<Person> persons) {
        List<Person> women = persons.stream()
                .filter(p -> isOfReproductiveAge(p, day))
                .sorted(Comparator.comparing(Person::birthDate))
                .toList();
        List<Person> married = women.stream()
                .filter(p -> MaritalStatusRules.isMarried(p.maritalStatus()))
                .toList();
        return new ReproductiveAgeRoster(day, women, married);
    }

    public static boolean isOfReproductiveAge(Person p, LocalDate day) {
        if (p.sex() != Sex.FEMALE || p.birthDate() == null || !RegisterPresence.isInRegisterOn(p, day)) {
            return false;
        }
        int age = p.ageOn(day);
        return age >= MIN_AGE && age <= MAX_AGE;
    }
}
