package org.villageregistry.service.task;

/** What running work may tell its watcher, and how it learns that the user cancelled. */
public interface Progress {
    /** Reports {@code done} of {@code total} steps; a negative total means "not known". */
    void update(long done, long total);

    /** A short, user-visible sentence about the current step (already translated). */
    void message(String message);

    boolean isCancelled();
}
