package org.villageregistry.domain.event;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.villageregistry.domain.record.EntityType;
import org.villageregistry.domain.record.RegisterRecord;

/**
 * A move of one or more persons (or a whole household, householdId set) into or out of the register.
 * fromDivision / toDivision are division codes (nullable when outside the country's code table or unknown).
 * A move out to another village of the same township is a transfer: ownership moves with the persons.
 */
public record Move(
        UUID id,
        long version,
        String owner,
        MoveKind kind,
        List<UUID> personIds,
        UUID householdId,
        LocalDate date,
        String fromDivision,
        String toDivision,
        String address,
        MoveReason reason,
        Recorded recorded,
        String voidReason) implements RegisterRecord {

    public Move {
        personIds = List.copyOf(personIds);
    }

    @Override
    public EntityType entityType() {
        return EntityType.MOVE;
    }

    @Override
    public Move withVersion(long v) {
        return new Move(id, v, owner, kind, personIds, householdId, date, fromDivision, toDivision, address, reason,
                recorded, voidReason);
    }

    @Override
    public Move withVoidReason(String reason) {
        return new Move(id, version, owner, kind, personIds, householdId, date, fromDivision, toDivision, address,
                this.reason, recorded, reason);
    }

    /** A hukou move out whose destination is another village of the same township as the owner. */
    public boolean isTransfer() {
        return kind == MoveKind.HUKOU_OUT
                && toDivision != null && toDivision.length() == 12 && owner.length() == 12
                && toDivision.startsWith(owner.substring(0, 9)) && !toDivision.equals(owner);
    }

    /**
     * A hukou move between two villages of one township, either side of it: the move out to a sibling village
     * ({@link #isTransfer()}) or the move in from one. Both villages' registers hold it.
     */
    public boolean betweenVillages() {
        if (isTransfer()) {
            return true;
        }
        return kind == MoveKind.HUKOU_IN && fromDivision != null && fromDivision.length() == 12
                && owner.length() == 12 && fromDivision.startsWith(owner.substring(0, 9)) && !fromDivision.equals(owner);
    }

    public boolean entersRegister() {
        return kind == MoveKind.HUKOU_IN || kind == MoveKind.FLOAT_IN;
    }

    public boolean leavesRegister() {
        return kind == MoveKind.HUKOU_OUT || kind == MoveKind.FLOAT_LEAVE;
    }
}
