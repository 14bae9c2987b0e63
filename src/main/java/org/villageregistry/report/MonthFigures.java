package org.villageregistry.report;

import java.util.List;

/**
 * A monthly report's figures for the workstation's division as the report prints them (label and this period's
 * value, in the report's order) with the notes beneath its table: what the desktop lists beside the preview.
 */
public record MonthFigures(List<Line> lines, List<String> notes) {
    public MonthFigures {
        lines = List.copyOf(lines);
        notes = List.copyOf(notes);
    }

    /** One figure: its label and its value, e.g. 出生性别比 — (0/1)*. */
    public record Line(String label, String value) {
    }
}
