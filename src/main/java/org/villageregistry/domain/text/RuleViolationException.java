package org.villageregistry.domain.text;

import java.util.List;
import java.util.stream.Collectors;

/** A save refused by domain rules; carries every problem so a form can mark each field at once. */
public class RuleViolationException extends RegistryException {
    private final transient List<Problem> problems;

    public RuleViolationException(List<Problem> problems) {
        super("error.rules", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    @Override
    public String getMessage() {
        return problems.stream().map(Problem::message).collect(Collectors.joining("；"));
    }
}
