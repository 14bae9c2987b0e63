package org.villageregistry.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.record.EntityType;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.domain.workstation.WorkstationInfo;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.sync.bundle.ChangeJson;
import org.villageregistry.sync.enrol.EnrolledOrigin;
import org.villageregistry.sync.enrol.EnrolledOrigins;
import org.villageregistry.sync.keys.WorkstationKeys;

/** A township (410103100) with two villages, 柳树村 and 杨庄村, each with its own keys, for sync tests. */
public final class SampleTownship {
    public static final Instant NOON = Instant.parse("2026-11-30T08:15:00Z");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public final Station township = new Station(WorkstationRole.TOWNSHIP, "410103100", "城关镇");
    public final Station willow = new Station(WorkstationRole.VILLAGE, "410103100001", "柳树村");
    public final Station poplar = new Station(WorkstationRole.VILLAGE, "410103100002", "杨庄村");
    public final Station county = new Station(WorkstationRole.TOWNSHIP, "410103", "县卫健委");

    /** One workstation: its identity, keys, and how others see it once enrolled. */
    public static final class Station {
        public final WorkstationInfo info;
        public final WorkstationKeys keys = WorkstationKeys.generate();

        public Station(WorkstationRole role, String code, String name) {
            info = new WorkstationInfo(UUID.randomUUID(), role, DivisionCode.of(code), name, NOON.minusSeconds(86400));
        }

        public DivisionCode division() {
            return info.division();
        }

        public EnrolledOrigin enrolled() {
            return new EnrolledOrigin(info.division(), info.divisionName(), info.workstationId(),
                    keys.publicSigningKey(), keys.publicEncryptionKey(), info.createdAt(), Optional.empty());
        }
    }

    /** What the township has enrolled: its two villages. */
    public EnrolledOrigins townshipEnrolments() {
        return EnrolledOrigins.of(List.of(willow.enrolled(), poplar.enrolled()));
    }

    /** A correctly hashed and chained run of person and household changes, ids {@code from}..{@code to}. */
    public static List<Change> changes(Station village, long from, long to, String prev) {
        List<Change> out = new ArrayList<>();
        String previous = prev;
        for (long id = from; id <= to; id++) {
            EntityType type = id % 3 == 0 ? EntityType.HOUSEHOLD : EntityType.PERSON;
            ObjectNode state = MAPPER.createObjectNode();
            state.put("name", "王秀英" + id);
            state.put("idNumber", "41010319900101" + String.format("%04d", id % 10000));
            state.putObject("address").put("village", village.info.divisionName()).put("group", (int) (id % 7));
            Change unsigned = new Change(id, village.division().value(), type, UUID.nameUUIDFromBytes(("r" + id).getBytes()),
                    id - 1, id, "upsert", state.toString(), "李会计", NOON.plusSeconds(id), previous, null);
            String hash = ChangeJson.hash(MAPPER, unsigned);
            out.add(new Change(id, unsigned.origin(), type, unsigned.entityId(), unsigned.baseVersion(),
                    unsigned.version(), unsigned.op(), unsigned.stateJson(), unsigned.author(), unsigned.at(), previous, hash));
            previous = hash;
        }
        return out;
    }
}
