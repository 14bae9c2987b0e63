package org.villageregistry.domain.indicator;

import java.util.Optional;
import org.villageregistry.domain.text.Problem;

/** The balance check: end = start + births + moves in − deaths − moves out; a difference is a data-quality finding. */
public record PopulationBalance(long start, long births, long movesIn, long deaths, long movesOut, long end) {
    public long expectedEnd() {
        return start + births + movesIn - deaths - movesOut;
    }

    /** Recorded end minus expected end: positive when more persons are in the register than the events explain. */
    public long difference() {
        return end - expectedEnd();
    }

    public boolean balanced() {
        return difference() == 0;
    }

    public Optional<Problem> finding() {
        return balanced() ? Optional.empty()
                : Optional.of(Problem.warning("population", "rule.indicator.balance", end, expectedEnd(),
                        difference()));
    }
}
