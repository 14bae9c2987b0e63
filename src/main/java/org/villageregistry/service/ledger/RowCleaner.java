package org.villageregistry.service.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.PhoneNumber;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.text.Problem;

/** Reads one ledger row under a mapping into a person draft, cleaning dates, ID numbers and coded values. */
final class RowCleaner {
    private final ColumnMapping mapping;
    private final List<String> headers;

    RowCleaner(ColumnMapping mapping, List<String> headers) {
        this.mapping = mapping;
        this.headers = headers;
    }

    CleanRow clean(LedgerRow row) {
        List<Problem> problems = new ArrayList<>();
        LedgerIds.Reading idReading = LedgerIds.read(cell(row, LedgerColumn.ID_NUMBER));
        problems.addAll(idReading.problems());
        String id = idReading.id().orElse(null);
        Person.Builder person = Person.builder()
                .name(text(row, LedgerColumn.NAME).orElse(null))
                .idNumber(id)
                .sex(coded(row, LedgerColumn.SEX, LedgerCodes::sex, problems)
                        .or(() -> id == null ? Optional.empty() : IdNumber.sex(id)).orElse(null))
                .birthDate(birthDate(row, id, problems))
                .ethnicity(coded(row, LedgerColumn.ETHNICITY, LedgerCodes::ethnicity, problems).orElse(null))
                .maritalStatus(coded(row, LedgerColumn.MARITAL_STATUS, LedgerCodes::maritalStatus, problems)
                        .orElse(null))
                .hukouType(coded(row, LedgerColumn.HUKOU_TYPE, LedgerCodes::hukouType, problems).orElse(null))
                .relation(relation(row, problems).orElse(null))
                .firstMarriageDate(date(row, LedgerColumn.FIRST_MARRIAGE_DATE, problems).orElse(null))
                .phone(phone(row, problems).orElse(null))
                .notes(text(row, LedgerColumn.NOTES).orElse(null));
        return new CleanRow(row, person.build(), compactText(row, LedgerColumn.HOUSEHOLD_NUMBER).orElse(null),
                text(row, LedgerColumn.GROUP).map(LedgerGroups::normalise).orElse(null),
                text(row, LedgerColumn.ADDRESS).map(LedgerText::halfWidth).orElse(null),
                compactText(row, LedgerColumn.HEAD_NAME).orElse(null), problems);
    }

    private Optional<String> compactText(LedgerRow row, LedgerColumn column) {
        return text(row, column).map(LedgerText::halfWidth).map(h -> h.replaceAll("\\s", ""));
    }

    /** Only the relations of GB/T 4761 and the words for them; anything else is refused with the list. */
    private Optional<RelationToHead> relation(LedgerRow row, List<Problem> problems) {
        Optional<String> text = compactText(row, LedgerColumn.RELATION);
        Optional<RelationToHead> relation = text.flatMap(LedgerCodes::relation);
        if (text.isPresent() && relation.isEmpty()) {
            problems.add(Problem.error(LedgerColumn.RELATION.key(), "ledger.relation.unknown", text.get(),
                    header(LedgerColumn.RELATION), LedgerRelations.known()));
        }
        return relation;
    }

    private Optional<String> phone(LedgerRow row, List<Problem> problems) {
        Optional<String> text = text(row, LedgerColumn.PHONE).map(LedgerText::halfWidth);
        Optional<String> phone = text.flatMap(PhoneNumber::read);
        if (text.isPresent() && phone.isEmpty()) {
            problems.add(Problem.error(LedgerColumn.PHONE.key(), "ledger.phone.invalid", text.get(),
                    header(LedgerColumn.PHONE)));
        }
        return phone;
    }

    /**
     * A whole date is taken as written; a month, a year or a number that may be an Excel day number only when the
     * ID number gives a birth date that agrees, and then that date. Otherwise the registrar's text is quoted.
     */
    private LocalDate birthDate(LedgerRow row, String id, List<Problem> problems) {
        Optional<LocalDate> fromId = id == null ? Optional.empty() : IdNumber.birthDate(id);
        SheetCell cell = cell(row, LedgerColumn.BIRTH_DATE);
        if (cell.isBlank()) {
            return fromId.orElse(null);
        }
        LedgerDates.Reading reading = LedgerDates.read(cell);
        if (reading instanceof LedgerDates.Day day) {
            return day.date();
        }
        if (reading instanceof LedgerDates.Unreadable) {
            problems.add(Problem.error("birthDate", "ledger.date.unreadable", cell.text(),
                    header(LedgerColumn.BIRTH_DATE)));
            return null;
        }
        if (fromId.isPresent() && LedgerDates.agrees(reading, fromId.get())) {
            return fromId.get();
        }
        problems.add(Problem.error("birthDate", fromId.isPresent() ? "ledger.date.partDisagrees"
                : "ledger.date.notWhole", cell.text(), header(LedgerColumn.BIRTH_DATE)));
        return null;
    }

    private Optional<LocalDate> date(LedgerRow row, LedgerColumn column, List<Problem> problems) {
        SheetCell cell = cell(row, column);
        if (cell.isBlank()) {
            return Optional.empty();
        }
        return readDate(LedgerDates.read(cell), cell, column, problems);
    }

    private Optional<LocalDate> readDate(LedgerDates.Reading reading, SheetCell cell, LedgerColumn column,
                                         List<Problem> problems) {
        Optional<LocalDate> day = LedgerDates.day(reading);
        if (day.isEmpty()) {
            problems.add(Problem.error(column.key(), reading instanceof LedgerDates.Unreadable
                    ? "ledger.date.unreadable" : "ledger.date.notWholeDate", cell.text(), header(column)));
        }
        return day;
    }

    private <T> Optional<T> coded(LedgerRow row, LedgerColumn column, Function<String, Optional<T>> parse,
                                  List<Problem> problems) {
        Optional<String> text = text(row, column).map(t -> LedgerText.halfWidth(t).replaceAll("\\s", ""));
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<T> value = parse.apply(text.get());
        if (value.isEmpty()) {
            problems.add(Problem.error(column.key(), "ledger.code.unknown", text.get(), header(column)));
        }
        return value;
    }

    private Optional<String> text(LedgerRow row, LedgerColumn column) {
        SheetCell cell = cell(row, column);
        return cell.isBlank() ? Optional.empty() : Optional.of(cell.text().strip());
    }

    private SheetCell cell(LedgerRow row, LedgerColumn column) {
        return mapping.index(column).map(row::cell).orElse(SheetCell.BLANK);
    }

    private String header(LedgerColumn column) {
        return mapping.index(column).filter(i -> i < headers.size()).map(headers::get)
                .filter(h -> !h.isBlank()).orElse(column.header());
    }
}
