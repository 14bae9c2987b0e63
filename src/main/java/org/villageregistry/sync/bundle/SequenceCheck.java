package org.villageregistry.sync.bundle;

import java.util.List;
import org.villageregistry.domain.text.Messages;

/**
 * Steps 3 and 4 of the import, a pure function of the signed metadata and what was applied before:
 * a bundle already imported changes nothing; one that starts after a hole waits for the missing changes.
 */
public final class SequenceCheck {
    /** What to do with a bundle. */
    public enum Outcome { APPLY, ALREADY_IMPORTED, GAP }

    /**
     * @param firstNewChangeId the first change of the bundle not applied yet (earlier ones are skipped)
     */
    public record Verdict(Outcome outcome, long firstNewChangeId, String messageKey, List<Object> args) {
        public Verdict {
            args = List.copyOf(args);
        }

        public String message() {
            return Messages.get(messageKey, args.toArray());
        }
    }

    private SequenceCheck() {
    }

    /**
     * @param originName the origin's division name as people say it, e.g. 柳树村
     */
    public static Verdict check(BundleMetadata m, String originName, String fileName, OriginProgress progress) {
        long last = progress.lastAppliedChangeId();
        if (progress.importedBundles().contains(m.bundleId()) || m.changes().to() <= last) {
            return new Verdict(Outcome.ALREADY_IMPORTED, m.changes().to() + 1, "sync.sequence.alreadyImported",
                    List.of(fileName, originName, String.valueOf(m.sequence()),
                            String.valueOf(m.changes().from()), String.valueOf(m.changes().to())));
        }
        if (m.kind() == BundleKind.CHANGES && m.changes().from() > last + 1) {
            return new Verdict(Outcome.GAP, last + 1, "sync.sequence.gap",
                    List.of(originName, String.valueOf(last + 1), String.valueOf(m.changes().from() - 1), fileName));
        }
        long firstNew = Math.max(m.changes().from(), last + 1);
        return new Verdict(Outcome.APPLY, firstNew, "sync.sequence.apply",
                List.of(fileName, originName, String.valueOf(firstNew), String.valueOf(m.changes().to())));
    }
}
