package org.villageregistry.sync;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.service.PersonService;
import org.villageregistry.service.sync.SyncServices;
import org.villageregistry.storage.H2RegisterStore;
import org.villageregistry.storage.TestStores;

/**
 * The process {@link CrashSafetyTest} kills: it opens 柳树村 and 城关镇 of a {@link SyncWorld} folder and, until
 * killed, records a person at the village, exports a bundle to the stick and imports it at the township.
 */
public final class CrashChild {
    private static final String NAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗";

    private CrashChild() {
    }

    public static void main(String[] args) {
        Path root = Path.of(args[0]);
        H2RegisterStore store = TestStores.quick(SyncWorld.CLOCK);
        Register willow = store.open(root.resolve("410103100001"), "admin", "pw-2026".toCharArray());
        Register township = store.open(root.resolve("410103100"), "admin", "pw-2026".toCharArray());
        SyncServices village = SyncModule.services(willow, SyncWorld.CLOCK);
        SyncServices town = SyncModule.services(township, SyncWorld.CLOCK);
        PersonService persons = new PersonService(willow, SyncWorld.CLOCK);
        Random random = new Random();
        System.out.println("ready");
        System.out.flush();
        while (true) {
            String name = "" + NAMES.charAt(random.nextInt(NAMES.length())) + NAMES.charAt(random.nextInt(NAMES.length()));
            persons.register(Person.builder().name(name).sex(Sex.FEMALE).birthDate(LocalDate.of(1990, 1, 1))
                    .ethnicity(Ethnicity.HAN).hukouType(HukouType.AGRICULTURAL)
                    .maritalStatus(MaritalStatus.UNMARRIED).build());
            Path bundle = village.export().export(root.resolve("usb"), false, SyncWorld.QUIET).file();
            town.imports().importAll(List.of(bundle), SyncWorld.QUIET);
        }
    }
}
