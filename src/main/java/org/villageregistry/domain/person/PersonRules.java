package org.villageregistry.domain.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.villageregistry.domain.text.Problem;

/** Everything checked when a person is saved; errors block the save, warnings are shown to be confirmed. */
public final class PersonRules {
    public static final int NAME_MIN = 2;
    public static final int NAME_MAX = 20;

    private PersonRules() {
    }

    public static List<Problem> validate(Person p, LocalDate today) {
        List<Problem> problems = new ArrayList<>(checkName(p.name()));
        if (p.sex() == null) {
            problems.add(Problem.error("sex", "rule.person.sex.required"));
        }
        if (p.birthDate() == null) {
            problems.add(Problem.error("birthDate", "rule.person.birthDate.required"));
        } else if (p.birthDate().isAfter(today)) {
            problems.add(Problem.error("birthDate", "rule.date.future", p.birthDate().toString()));
        }
        if (p.idNumber() != null && !p.idNumber().isBlank()) {
            problems.addAll(IdNumber.check(p.idNumber(), p.sex(), p.birthDate(), today));
        }
        if (p.ethnicity() == null) {
            problems.add(Problem.error("ethnicity", "rule.person.ethnicity.required"));
        }
        if (p.hukouType() == null) {
            problems.add(Problem.error("hukouType", "rule.person.hukouType.required"));
        }
        problems.addAll(MaritalStatusRules.check(p, today));
        return problems;
    }

    /** A name of 2–20 characters: Chinese characters or letters, with · between parts (e.g. 阿依古丽·买买提). */
    public static List<Problem> checkName(String raw) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            return List.of(Problem.error("name", "rule.person.name.required"));
        }
        int length = name.codePointCount(0, name.length());
        if (length < NAME_MIN || length > NAME_MAX) {
            return List.of(Problem.error("name", "rule.person.name.length", name, length));
        }
        boolean lettersOnly = name.codePoints().allMatch(c -> Character.isLetter(c) || c == '·');
        if (!lettersOnly || name.startsWith("·") || name.endsWith("·") || name.contains("··")) {
            return List.of(Problem.error("name", "rule.person.name.characters", name));
        }
        return List.of();
    }
}
