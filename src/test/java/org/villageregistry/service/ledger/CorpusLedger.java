package org.villageregistry.service.ledger;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.Sex;

/**
 * One ledger of the test corpus as a village keeps it: its file format, an optional merged title row, the header
 * and the rows, each with what the import must do with it and, for a row it accepts, the true values the
 * register must then hold. Cells are a String (text cell), a Double (number cell), a LocalDate (date cell) or null
 * (blank).
 */
final class CorpusLedger {
    /** How the ledger is stored. */
    enum Format { XLSX, XLS, CSV, UNICODE_TEXT }

    /** What the person of an accepted row really is: the values `ledger export` must give back. */
    record Truth(String id, String name, Sex sex, LocalDate birthDate, RelationToHead relation, String household) {
    }

    /** A row as written, accepted (with its truth) or refused (with a fragment the reason must contain). */
    record Row(List<Object> cells, Truth truth, boolean accepted, String refusal) {
    }

    /** A vertically merged cell, e.g. a 户号 written once for all rows of a household (0-based data rows). */
    record Merge(int firstDataRow, int lastDataRow, int column) {
    }

    final String fileName;
    final Format format;
    final Charset charset;
    final String title;
    final List<String> headers;
    final List<Row> rows = new ArrayList<>();
    final List<Merge> merges = new ArrayList<>();
    private int order = 10;

    CorpusLedger(String fileName, Format format, Charset charset, String title, String... headers) {
        this.fileName = fileName;
        this.format = format;
        this.charset = charset;
        this.title = title;
        this.headers = List.of(headers);
    }

    /** The sheet row number (1-based, as the registrar sees it) of a data row. */
    int rowNumber(int dataRow) {
        return dataRow + (title == null ? 2 : 3);
    }

    /** A fictitious but valid ID of 示范县 (410103) for this birth date and sex, different for every person. */
    String id(LocalDate birth, Sex sex) {
        order += 1;
        if ((order % 2 == 1) != (sex == Sex.MALE)) {
            order += 1;
        }
        return IdNumber.compose("410103", birth, order);
    }

    CorpusLedger accept(Truth truth, Object... cells) {
        rows.add(new Row(List.of(nullsAllowed(cells)), truth, true, null));
        return this;
    }

    CorpusLedger refuse(String reason, Object... cells) {
        rows.add(new Row(List.of(nullsAllowed(cells)), null, false, reason));
        return this;
    }

    CorpusLedger merge(int firstDataRow, int lastDataRow, int column) {
        merges.add(new Merge(firstDataRow, lastDataRow, column));
        return this;
    }

    private static Object[] nullsAllowed(Object[] cells) {
        Object[] copy = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            copy[i] = cells[i] == null ? "" : cells[i];
        }
        return copy;
    }

    long accepted() {
        return rows.stream().filter(Row::accepted).count();
    }
}
