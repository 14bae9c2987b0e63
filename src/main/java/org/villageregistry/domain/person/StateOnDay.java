package org.villageregistry.domain.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.villageregistry.domain.event.MarriageKind;
import org.villageregistry.domain.event.MoveKind;

/**
 * Where a person lived and whether a woman was married on a past day, worked out from the dated events of the
 * person's own village, since the record holds only today's state. The figures of a past period rest on these.
 */
public final class StateOnDay {
    private StateOnDay() {
    }

    /** A move of the person, as far as the rules need it. */
    public record DatedMove(MoveKind kind, LocalDate date) {
    }

    /** A marriage, divorce or remarriage of the woman; a divorce (or her husband's death) ends her marriage. */
    public record DatedMarriage(MarriageKind kind, LocalDate date) {
        /** Her husband's death, which ends the marriage on its day as a divorce does. */
        public static DatedMarriage husbandDied(LocalDate day) {
            return new DatedMarriage(MarriageKind.DIVORCE, day);
        }
    }

    /** One of a woman's marriage events as recorded, with the husband it names (null when he is not in the register). */
    public record WifeEvent(MarriageKind kind, LocalDate date, UUID husbandId) {
    }

    /**
     * Her dated events for {@link #marriedOn}: each one as recorded, and the end of a marriage by the husband's
     * death: when a marriage (or remarriage) to a husband who died was still her latest event on his death day,
     * she is 丧偶 from that day (the death form makes her so), and her months after it must not count her married.
     */
    public static List<DatedMarriage> withHusbandsDeaths(List<WifeEvent> events, Function<UUID, LocalDate> deathOf) {
        List<DatedMarriage> out = new ArrayList<>(events.size() + 1);
        for (WifeEvent e : events) {
            out.add(new DatedMarriage(e.kind(), e.date()));
        }
        for (WifeEvent e : events) {
            LocalDate died = e.husbandId() == null || e.kind() == MarriageKind.DIVORCE ? null : deathOf.apply(e.husbandId());
            if (died == null || died.isBefore(e.date())) {
                continue;
            }
            boolean stillLatest = events.stream().noneMatch(other -> other != e && other.date().isAfter(e.date())
                    && !other.date().isAfter(died));
            if (stillLatest) {
                out.add(DatedMarriage.husbandDied(died));
            }
        }
        return out;
    }

    /** As below, for a person whose record does not say where they lived when they left. */
    public static ResidenceStatus residenceOn(ResidenceStatus today, List<DatedMove> moves, LocalDate day) {
        return residenceOn(today, null, moves, day);
    }

    /**
     * Residence on the day of a person then in the register: as the last move on or before the day left it
     * (流出 → away, 流入 → incoming, 返回 or 迁入 → living here); else the opposite of the first such move after
     * it (a later 流出 means living here, a later 返回 away, a later 流入人员离开 incoming); else today's status, and
     * for a person who has since died or moved out, where they lived when they left ({@code beforeLeaving}, kept
     * with the death or move-out), or living here when the record does not say.
     */
    public static ResidenceStatus residenceOn(ResidenceStatus today, ResidenceStatus beforeLeaving,
                                              List<DatedMove> moves, LocalDate day) {
        Optional<DatedMove> before = moves.stream()
                .filter(m -> !m.date().isAfter(day) && switch (m.kind()) {
                    case FLOAT_OUT, RETURN, FLOAT_IN, HUKOU_IN -> true;
                    default -> false;
                })
                .max(Comparator.comparing(DatedMove::date));
        if (before.isPresent()) {
            return switch (before.get().kind()) {
                case FLOAT_OUT -> ResidenceStatus.AWAY;
                case FLOAT_IN -> ResidenceStatus.INCOMING;
                default -> ResidenceStatus.RESIDENT;
            };
        }
        Optional<DatedMove> after = moves.stream()
                .filter(m -> m.date().isAfter(day) && switch (m.kind()) {
                    case FLOAT_OUT, RETURN, FLOAT_LEAVE -> true;
                    default -> false;
                })
                .min(Comparator.comparing(DatedMove::date));
        if (after.isPresent()) {
            return switch (after.get().kind()) {
                case FLOAT_OUT -> ResidenceStatus.RESIDENT;
                case RETURN -> ResidenceStatus.AWAY;
                default -> ResidenceStatus.INCOMING;
            };
        }
        if (today == null || today == ResidenceStatus.DEAD || today == ResidenceStatus.MOVED_OUT) {
            return beforeLeaving == ResidenceStatus.AWAY || beforeLeaving == ResidenceStatus.INCOMING ? beforeLeaving
                    : ResidenceStatus.RESIDENT;
        }
        return today;
    }

    /**
     * Married (20–23) on the day: as her last marriage or divorce on or before the day left her; else, when her
     * first such event after the day is a divorce, married; else as her record says, but not before her 初婚日期.
     */
    public static boolean marriedOn(MaritalStatus today, LocalDate firstMarried, List<DatedMarriage> events,
                                    LocalDate day) {
        Optional<DatedMarriage> before = events.stream().filter(e -> !e.date().isAfter(day))
                .max(Comparator.comparing(DatedMarriage::date));
        if (before.isPresent()) {
            return before.get().kind() != MarriageKind.DIVORCE;
        }
        Optional<DatedMarriage> after = events.stream().filter(e -> e.date().isAfter(day))
                .min(Comparator.comparing(DatedMarriage::date));
        if (after.isPresent()) {
            return after.get().kind() == MarriageKind.DIVORCE;
        }
        return marriedByRecord(today, firstMarried, day);
    }

    /** What the record alone says: married today and not first married after the day. */
    public static boolean marriedByRecord(MaritalStatus today, LocalDate firstMarried, LocalDate day) {
        return MaritalStatusRules.isMarried(today) && (firstMarried == null || !firstMarried.isAfter(day));
    }
}
