package org.villageregistry.service.task;

/** Receives progress from a running task; a {@link TaskExecutor} wires it to its UI or ignores it. */
public interface ProgressListener {
    ProgressListener IGNORE = new ProgressListener() {
        @Override
        public void progressChanged(double fraction) {
        }

        @Override
        public void messageChanged(String message) {
        }
    };

    /** A value from 0 to 1, or -1 when the amount of work is not known. */
    void progressChanged(double fraction);

    void messageChanged(String message);
}
