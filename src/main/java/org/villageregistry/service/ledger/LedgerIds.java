package org.villageregistry.service.ledger;

import java.util.List;
import java.util.Optional;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.text.Problem;

/**
 * ID numbers as ledgers hold them: with spaces or full-width digits, as text, or as numbers. Excel keeps only
 * 15 significant digits of a number and drops a final X, so a number can lose digits; an ID of 17 digits whose
 * check character works out as X has most likely lost that X. A number cell cannot hold 16 or more digits exactly
 * (a double keeps about 15–17, Excel 15), so an ID read from one is refused whatever its check digit says: about
 * one damaged number in eleven passes the check by chance.
 */
public final class LedgerIds {
    /** From this many digits on, a number cell may have changed the ID. */
    static final int NUMBER_DIGITS_KEPT = 16;

    private LedgerIds() {
    }

    /** The cleaned ID (empty when the cell is blank or the number is beyond repair) and what was found. */
    public record Reading(Optional<String> id, List<Problem> problems) {
        public Reading {
            problems = List.copyOf(problems);
        }
    }

    public static Reading read(SheetCell cell) {
        if (cell.isBlank()) {
            return new Reading(Optional.empty(), List.of());
        }
        String text = LedgerText.compact(cell);
        if (text.matches("\\d(\\.\\d+)?[eE]\\+?\\d+")) {
            return new Reading(Optional.empty(), List.of(Problem.error(IdNumber.FIELD, "ledger.id.scientific", text)));
        }
        if (cell.kind() == SheetCell.Kind.NUMBER && text.replaceAll("\\D", "").length() >= NUMBER_DIGITS_KEPT) {
            return new Reading(Optional.empty(), List.of(Problem.error(IdNumber.FIELD, "ledger.id.storedAsNumber",
                    text)));
        }
        String id = IdNumber.normalise(text);
        if (id.matches("\\d{17}")) {
            return seventeenDigits(id);
        }
        return new Reading(Optional.of(id), List.of());
    }

    private static Reading seventeenDigits(String first17) {
        char check = IdNumber.checkCharacter(first17);
        if (check == 'X') {
            String proposed = first17 + "X";
            return new Reading(Optional.of(proposed), List.of(Problem.warning(IdNumber.FIELD, "ledger.id.checkXLost",
                    IdNumber.mask(proposed))));
        }
        return new Reading(Optional.empty(), List.of(Problem.error(IdNumber.FIELD, "ledger.id.seventeenDigits",
                IdNumber.mask(first17 + check))));
    }
}
