package org.villageregistry.ui.people;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.domain.workstation.WorkstationSetup;
import org.villageregistry.service.NewHousehold;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.WorkstationService;
import org.villageregistry.storage.H2RegisterStore;

/** Makes a village register of many households (user admin, password secret-1) to look at the screens with. */
public final class SampleVillageMaker {
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂";

    private SampleVillageMaker() {
    }

    public static void main(String[] args) {
        Path home = Path.of(args[0]);
        int households = Integer.parseInt(args[1]);
        Random random = new Random(7);
        try (Register register = new WorkstationService(new H2RegisterStore(Clock.systemDefaultZone())).init(home,
                new WorkstationSetup(WorkstationRole.VILLAGE, DivisionCode.of("410103100001"), "柳树村"), "admin",
                "secret-1".toCharArray())) {
            register.transactions().write(() -> register.saveDivision(new org.villageregistry.domain.division.Division(
                    DivisionCode.of("410103100002"), "杏花村")));
            RegisterServices services = new RegisterServices(register, Clock.systemDefaultZone());
            int order = 0;
            for (int h = 0; h < households; h++) {
                char surname = SURNAMES.charAt(random.nextInt(SURNAMES.length()));
                LocalDate headBorn = LocalDate.of(1950 + random.nextInt(40), 1 + random.nextInt(12),
                        1 + random.nextInt(28));
                List<Person> members = new ArrayList<>();
                members.add(person(surname, Sex.MALE, headBorn, RelationToHead.HEAD, ++order, random));
                members.add(person(SURNAMES.charAt(random.nextInt(SURNAMES.length())), Sex.FEMALE,
                        headBorn.plusYears(2), RelationToHead.SPOUSE, ++order, random));
                int children = random.nextInt(3);
                for (int c = 0; c < children; c++) {
                    Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
                    members.add(person(surname, sex, headBorn.plusYears(24 + c * 2), sex == Sex.MALE
                            ? RelationToHead.SON : RelationToHead.DAUGHTER, ++order, random).toBuilder()
                            .maritalStatus(MaritalStatus.UNMARRIED).firstMarriageDate(null).build());
                }
                services.households().add(new NewHousehold(null, (1 + h % 6) + "组", (1 + h % 6) + "组"
                        + (h + 1) + "号", HukouType.AGRICULTURAL, LocalDate.of(2010, 1, 1), members));
            }
        }
    }

    private static Person person(char surname, Sex sex, LocalDate born, RelationToHead relation, int order,
                                 Random random) {
        String name = surname + "" + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + (random.nextBoolean() ? "" : String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))));
        int seq = (order % 499) * 2 + (sex == Sex.MALE ? 1 : 2);
        LocalDate day = born.plusDays(order / 499);
        return Person.builder().name(name).sex(sex).birthDate(day)
                .idNumber(IdNumber.compose("410103", day, seq)).ethnicity(Ethnicity.HAN)
                .hukouType(HukouType.AGRICULTURAL).maritalStatus(MaritalStatus.MARRIED)
                .firstMarriageDate(day.plusYears(24)).relation(relation)
                .phone(random.nextInt(3) == 0 ? "139" + (10000000 + random.nextInt(89999999)) : null).build();
    }
}
