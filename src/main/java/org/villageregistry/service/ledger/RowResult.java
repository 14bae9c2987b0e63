package org.villageregistry.service.ledger;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.Problem;

/**
 * What validation found for one ledger row and what importing it would do. {@code person} is the record as it
 * would be saved (for an update: the stored record with the ledger's values), empty for rows in error.
 * {@code householdNumber} is the 户号, or for a household the ledger gives no number a description such as
 * "第 5 行起的一户" ({@code numbered} false: it gets the next free number when imported); null when the row's
 * household could not be found. {@code changes}: for an update, what it changes in the stored record, one line per
 * field ("联系电话：13800000000 → 13900000000").
 */
public record RowResult(int rowNumber, List<String> cells, String householdNumber, boolean numbered, Action action,
                        Optional<Person> person, List<Problem> problems, List<String> changes) {
    /** What importing the row does. */
    public enum Action { CREATE, UPDATE, UNCHANGED, ERROR }

    public RowResult {
        cells = List.copyOf(cells);
        problems = List.copyOf(problems);
        changes = List.copyOf(changes);
    }

    /** A row the registrar should look at before importing: refused, imported with a warning, or an update. */
    public boolean needsAttention() {
        return !isValid() || !warnings().isEmpty() || action == Action.UPDATE;
    }

    /** What happens to the row, as the check list says it: 不导入, 需核对 (imported), 将更新. */
    public String outcome() {
        return Messages.get(!isValid() ? "ledger.outcome.refused" : !warnings().isEmpty() ? "ledger.outcome.check"
                : action == Action.UPDATE ? "ledger.outcome.update" : "ledger.outcome.fine");
    }

    /** Why: the reasons it is refused, or its warnings and, for an update, what it changes. */
    public String explanation() {
        if (!isValid()) {
            return reason();
        }
        List<String> parts = new java.util.ArrayList<>(warnings().stream().map(Problem::message).distinct().toList());
        if (action == Action.UPDATE) {
            parts.add(Messages.get("ledger.outcome.changes", String.join("；", changes)));
        }
        return String.join("；", parts);
    }

    public boolean isValid() {
        return action != Action.ERROR;
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /** The reasons a row is refused, in Chinese (or the current language), for the error sheet. */
    public String reason() {
        return errors().stream().map(Problem::message).distinct().collect(Collectors.joining("；"));
    }
}
