package org.villageregistry.service.task;

/** What running work may tell its watcher, and how it learns that the user cancelled. */
public interface Progress {
    /** For work nobody watches and nobody can cancel (tests, benchmarks, the command line's quiet steps). */
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public void message(String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Passes each step's message to {@code sink}; counts are not shown and the work cannot be cancelled. */
    static Progress messagesTo(java.util.function.Consumer<String> sink) {
        return new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public void message(String message) {
                sink.accept(message);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    /** Reports {@code done} of {@code total} steps; a negative total means "not known". */
    void update(long done, long total);

    /** A short, user-visible sentence about the current step (already translated). */
    void message(String message);

    boolean isCancelled();
}
