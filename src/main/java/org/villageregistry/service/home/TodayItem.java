package org.villageregistry.service.home;

import java.util.List;
import org.villageregistry.domain.text.Messages;

/** One line of the home screen's "what needs doing today": its kind and the records it is about. */
public record TodayItem(Kind kind, List<TodayRecord> records) {
    public TodayItem {
        records = List.copyOf(records);
    }

    public int count() {
        return records.size();
    }

    /** What there is to do, in the order the home screen lists them. */
    public enum Kind {
        FOLLOW_UPS_DUE, NEWBORNS_UNREGISTERED, CHILDCARE_NOT_ENROLLED, REVERIFICATION_DUE, QUALITY_FINDINGS,
        /** Village: changes of an earlier month not yet acknowledged by the township. */
        BUNDLE_NOT_EXPORTED,
        /** Village: changes the township quarantined, from its receipts. */
        RECEIPT_FINDINGS,
        /** Village: the township's other feedback from its receipts (a month returned, a suspected duplicate, …). */
        TOWNSHIP_FEEDBACK,
        /** Village: months submitted and not yet decided whose figures changed since: submit them again. */
        MONTHS_TO_RESUBMIT,
        /** Township: villages' monthly reports submitted and waiting for its review (月报审核). */
        MONTHS_TO_REVIEW,
        /** Township: villages' months past their due day with no report, or returned and not sent again. */
        MONTHS_OVERDUE;

        /** e.g. "到期和逾期的随访". */
        public String label() {
            return Messages.get("home.item." + name());
        }
    }
}
