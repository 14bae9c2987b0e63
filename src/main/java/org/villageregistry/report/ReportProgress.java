package org.villageregistry.report;

/** Told how far a report has come (0.0–1.0) and what it is doing, for a progress bar. */
@FunctionalInterface
public interface ReportProgress {
    ReportProgress NONE = (fraction, step) -> { };

    void progress(double fraction, String step);
}
