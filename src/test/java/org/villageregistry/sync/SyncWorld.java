package org.villageregistry.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.domain.workstation.WorkstationSetup;
import org.villageregistry.service.PersonService;
import org.villageregistry.service.sync.SyncServices;
import org.villageregistry.service.task.Progress;
import org.villageregistry.storage.H2RegisterStore;
import org.villageregistry.storage.TestStores;

/**
 * A township 城关镇 (410103100) with 柳树村 and 杨庄村, each a real encrypted register in a temporary folder,
 * enrolled both ways through the sync services, with a USB stick folder between them.
 */
public final class SyncWorld implements AutoCloseable {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T08:15:00Z"), ZoneOffset.UTC);
    public static final Progress QUIET = Progress.NONE;

    public final H2RegisterStore store = TestStores.quick(CLOCK);
    public final Path root;
    public final Path stick;
    public final Station township;
    public final Station willow;
    public final Station poplar;
    private final List<Station> stations = new ArrayList<>();

    /** One workstation: its register and its sync services. */
    public final class Station {
        public final Path home;
        public Register register;
        public SyncServices sync;
        final WorkstationSetup setup;

        Station(WorkstationRole role, String code, String name) {
            this.home = root.resolve(code);
            this.setup = new WorkstationSetup(role, DivisionCode.of(code), name);
            this.register = store.create(home, setup, "admin", "pw-2026".toCharArray());
            this.sync = SyncModule.services(register, CLOCK);
            stations.add(this);
        }

        public String code() {
            return setup.division().value();
        }

        /** Closes and opens the register again, as after a restart. */
        public void reopen() {
            register.close();
            register = store.open(home, "admin", "pw-2026".toCharArray());
            sync = SyncModule.services(register, CLOCK);
        }

        public Person addPerson(String name, Sex sex, LocalDate born) {
            return new PersonService(register, CLOCK).register(Person.builder().name(name).sex(sex).birthDate(born)
                    .ethnicity(Ethnicity.HAN).hukouType(HukouType.AGRICULTURAL)
                    .maritalStatus(MaritalStatus.UNMARRIED).enteredOn(born).build());
        }

        /** Registers a person drafted by the test (e.g. with an ID number) through the person service. */
        public Person addPerson(Person draft) {
            return new PersonService(register, CLOCK).register(draft);
        }

        public Path exportTo(Path folder, boolean snapshot) {
            return sync.export().export(folder, snapshot, QUIET).file();
        }
    }

    public SyncWorld(Path root) throws IOException {
        this.root = root;
        this.stick = Files.createDirectories(root.resolve("usb"));
        this.township = new Station(WorkstationRole.TOWNSHIP, "410103100", "城关镇");
        this.willow = new Station(WorkstationRole.VILLAGE, "410103100001", "柳树村");
        this.poplar = new Station(WorkstationRole.VILLAGE, "410103100002", "杨庄村");
        enrol(township, willow);
        enrol(township, poplar);
    }

    /** One more workstation in this world (a second township, say). */
    public Station station(WorkstationRole role, String code, String name) {
        return new Station(role, code, name);
    }

    /** The village and the township exchange enrolment files over the stick. */
    public void enrol(Station township, Station village) throws IOException {
        Path folder = Files.createDirectories(root.resolve("enrol-" + village.code()));
        Path fromVillage = village.sync.enrolment().export(folder).file();
        township.sync.enrolment().importFile(fromVillage, false);
        Path fromTownship = township.sync.enrolment().export(folder).file();
        village.sync.enrolment().importFile(fromTownship, false);
    }

    @Override
    public void close() {
        stations.forEach(s -> s.register.close());
    }
}
