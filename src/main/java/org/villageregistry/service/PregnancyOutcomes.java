package org.villageregistry.service;

import java.time.LocalDate;
import java.util.UUID;
import org.villageregistry.domain.event.Birth;
import org.villageregistry.domain.health.Pregnancy;
import org.villageregistry.domain.health.PregnancyOutcome;
import org.villageregistry.domain.repository.Register;

/**
 * A live birth ends the mother's pregnancy followed here (现孕 no more, a new one can be recorded), and a birth
 * voided as recorded by mistake opens it again when no other birth of hers that day stands. Inside the write of
 * the birth or of its voiding.
 */
final class PregnancyOutcomes {
    private PregnancyOutcomes() {
    }

    /** Ends each current pregnancy of the mother that began before the day she gave birth. */
    static void endedByBirth(Register register, UUID motherId, LocalDate born) {
        for (Pregnancy p : register.pregnancies().byWoman(motherId)) {
            if (p.isCurrent() && (p.lastMenstrualPeriod() == null || p.lastMenstrualPeriod().isBefore(born))) {
                register.pregnancies().save(with(p, PregnancyOutcome.LIVE_BIRTH, born));
            }
        }
    }

    /** Opens again the pregnancy a voided birth ended, unless another birth of the mother that day still stands. */
    static void reopenedByVoidedBirth(Register register, Birth voided) {
        LocalDate born = voided.bornAt().toLocalDate();
        boolean another = register.births().byMother(voided.motherId()).stream()
                .anyMatch(b -> !b.isVoided() && !b.id().equals(voided.id()) && b.bornAt().toLocalDate().equals(born));
        if (another) {
            return;
        }
        for (Pregnancy p : register.pregnancies().byWoman(voided.motherId())) {
            if (p.voidReason() == null && p.outcome() == PregnancyOutcome.LIVE_BIRTH && born.equals(p.outcomeDate())) {
                register.pregnancies().save(with(p, null, null));
            }
        }
    }

    /**
     * A birth whose day was corrected moves the end of the pregnancy it ended to the corrected day, unless another
     * birth of the mother still stands on the old day (one of twins corrected): voiding it later then finds the
     * pregnancy it ended.
     */
    static void movedByCorrectedBirth(Register register, Birth corrected, LocalDate before) {
        LocalDate born = corrected.bornAt().toLocalDate();
        if (born.equals(before)) {
            return;
        }
        boolean another = register.births().byMother(corrected.motherId()).stream()
                .anyMatch(b -> !b.isVoided() && !b.id().equals(corrected.id())
                        && b.bornAt().toLocalDate().equals(before));
        if (another) {
            return;
        }
        for (Pregnancy p : register.pregnancies().byWoman(corrected.motherId())) {
            if (p.voidReason() == null && p.outcome() == PregnancyOutcome.LIVE_BIRTH && before.equals(p.outcomeDate())
                    && (p.lastMenstrualPeriod() == null || p.lastMenstrualPeriod().isBefore(born))) {
                register.pregnancies().save(with(p, PregnancyOutcome.LIVE_BIRTH, born));
            }
        }
    }

    private static Pregnancy with(Pregnancy p, PregnancyOutcome outcome, LocalDate on) {
        return new Pregnancy(p.id(), p.version(), p.owner(), p.womanId(), p.lastMenstrualPeriod(),
                p.expectedDelivery(), outcome, on, p.voidReason());
    }
}
