package org.villageregistry.sync;

import org.villageregistry.domain.text.RegistryException;

/** A bundle, enrolment file or key that was refused or could not be written, with the reason code. */
public class SyncException extends RegistryException {
    private final SyncProblem problem;

    public SyncException(SyncProblem problem, Object... args) {
        super(problem.messageKey(), args);
        this.problem = problem;
    }

    public SyncException(Throwable cause, SyncProblem problem, Object... args) {
        super(cause, problem.messageKey(), args);
        this.problem = problem;
    }

    public SyncProblem problem() {
        return problem;
    }
}
