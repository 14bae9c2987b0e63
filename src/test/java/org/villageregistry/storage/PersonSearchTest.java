package org.villageregistry.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.household.Household;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.PersonHit;
import org.villageregistry.domain.repository.PersonHit.MatchKind;
import org.villageregistry.domain.repository.Register;

class PersonSearchTest {
    private static final LocalDate BORN = LocalDate.of(1985, 3, 12);
    private static final String ZHANG_ID = RegisterFixture.idNumber("410103", BORN, 21);

    @TempDir
    Path home;

    @BeforeEach
    void aSmallVillage() {
        try (Register r = RegisterFixture.create(home)) {
            Household h = RegisterFixture.household("0143");
            r.transactions().write(() -> {
                r.households().save(h);
                save(r, RegisterFixture.person("张三", Sex.MALE, BORN).idNumber(ZHANG_ID).householdId(h.id())
                        .relation(RelationToHead.HEAD));
                save(r, RegisterFixture.person("张三丰", Sex.MALE, LocalDate.of(1950, 1, 1)));
                save(r, RegisterFixture.person("曾小红", Sex.FEMALE, LocalDate.of(1992, 6, 1)));
                save(r, RegisterFixture.person("单田芳", Sex.MALE, LocalDate.of(1960, 6, 1)));
                save(r, RegisterFixture.person("尉迟敬", Sex.MALE, LocalDate.of(1970, 6, 1)));
                save(r, RegisterFixture.person("李张三", Sex.FEMALE, LocalDate.of(1991, 2, 2))
                        .idNumber(RegisterFixture.idNumber("410103", LocalDate.of(1991, 2, 2), 22)));
                save(r, RegisterFixture.person("王五", Sex.MALE, LocalDate.of(1980, 1, 1)).voidReason("重档"));
            });
        }
    }

    @Test
    void anExactIdNumberComesFirstThenTheExactNameThenNamesContainingIt() {
        try (Register r = RegisterFixture.open(home)) {
            List<PersonHit> hits = r.persons().search(ZHANG_ID.toLowerCase(), 10);
            assertThat(hits).extracting(h -> h.person().name(), PersonHit::match)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("张三", MatchKind.ID_EXACT));
            assertThat(hits.get(0).householdNumber()).isEqualTo("0143");

            assertThat(r.persons().search("张三", 10)).extracting(h -> h.person().name(), PersonHit::match)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("张三", MatchKind.NAME_EXACT),
                            org.assertj.core.groups.Tuple.tuple("张三丰", MatchKind.NAME),
                            org.assertj.core.groups.Tuple.tuple("李张三", MatchKind.NAME));
        }
    }

    @Test
    void theLastDigitsOfAnIdNumberAndAHouseholdNumberFindTheirPerson() {
        try (Register r = RegisterFixture.open(home)) {
            assertThat(r.persons().search(ZHANG_ID.substring(12), 10))
                    .extracting(h -> h.person().name(), PersonHit::match)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("张三", MatchKind.ID_SUFFIX));
            assertThat(r.persons().search("0143", 10)).extracting(h -> h.person().name(), PersonHit::match)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("张三", MatchKind.HOUSEHOLD));
            assertThat(r.persons().search("143", 10)).extracting(h -> h.person().name()).containsExactly("张三");
        }
    }

    @Test
    void aHouseholdRenumberedOrVoidedAfterTheIndexIsBuiltIsFoundByItsNewNumberOnly() {
        try (Register r = RegisterFixture.open(home)) {
            assertThat(r.persons().search("0143", 10)).hasSize(1); // builds the index
            Household h = r.households().page(0, 10).get(0);
            Household renumbered = r.households().save(new Household(h.id(), h.version(), h.owner(), "0150",
                    h.group(), h.address(), h.headId(), h.hukouType(), h.createdOn(), h.closedOn(), h.voidReason()));
            assertThat(r.persons().search("0143", 10)).isEmpty();
            assertThat(r.persons().search("150", 10)).extracting(hit -> hit.person().name(), PersonHit::householdNumber)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("张三", "0150"));
            r.households().save(new Household(h.id(), renumbered.version(), h.owner(), "0150", h.group(), h.address(),
                    h.headId(), h.hukouType(), h.createdOn(), h.closedOn(), "重档"));
            assertThat(r.persons().search("0150", 10)).isEmpty();
        }
    }

    @Test
    void fullPinyinWithOrWithoutSpacesFindsTheName() {
        try (Register r = RegisterFixture.open(home)) {
            assertThat(names(r, "zhangsan")).containsExactly("张三", "张三丰");
            assertThat(names(r, "Zhang San")).containsExactly("张三", "张三丰");
            assertThat(r.persons().search("zhangsan", 10)).extracting(PersonHit::match)
                    .containsOnly(MatchKind.PINYIN_FULL);
        }
    }

    @Test
    void surnamesAreReadAsSurnames() {
        try (Register r = RegisterFixture.open(home)) {
            assertThat(names(r, "zengxiaohong")).containsExactly("曾小红");
            assertThat(names(r, "cengxiaohong")).isEmpty();
            assertThat(names(r, "shantianfang")).containsExactly("单田芳");
            assertThat(names(r, "yuchijing")).containsExactly("尉迟敬");
            assertThat(names(r, "zxh")).containsExactly("曾小红");
        }
    }

    @Test
    void initialsFindNamesAfterFullPinyinMatches() {
        try (Register r = RegisterFixture.open(home)) {
            List<PersonHit> hits = r.persons().search("zs", 10);
            assertThat(hits).extracting(h -> h.person().name()).containsExactly("张三", "张三丰");
            assertThat(hits).extracting(PersonHit::match).containsOnly(MatchKind.PINYIN_INITIALS);
            assertThat(names(r, "lzs")).containsExactly("李张三");
        }
    }

    @Test
    void voidedPersonsAreNotFoundAndNewSavesAreFoundAtOnce() {
        try (Register r = RegisterFixture.open(home)) {
            assertThat(names(r, "王五")).isEmpty();
            Person added = r.transactions().write(() -> r.persons().save(
                    RegisterFixture.person("王五", Sex.MALE, LocalDate.of(1981, 1, 1)).build()));
            assertThat(names(r, "wangwu")).containsExactly("王五");
            r.transactions().write(() -> r.persons().save(added.withVoidReason("重档")));
            assertThat(names(r, "wangwu")).isEmpty();
        }
    }

    @Test
    void aSearchInsideAWriteSeesItsSavesAndNothingOfThemStaysWhenItRollsBack() {
        try (Register r = RegisterFixture.open(home)) {
            for (boolean searchedBefore : new boolean[] {false, true}) {
                if (searchedBefore) {
                    assertThat(names(r, "张三")).containsExactly("张三", "张三丰", "李张三");
                }
                List<String> inside = new java.util.ArrayList<>();
                try {
                    r.transactions().write(() -> {
                        r.persons().save(RegisterFixture.person("张三娃", Sex.MALE, LocalDate.of(2001, 1, 1)).build());
                        inside.addAll(names(r, "zhangsanwa"));
                        throw new IllegalStateException("rolled back");
                    });
                } catch (IllegalStateException expected) {
                    // the write rolled back
                }
                assertThat(inside).containsExactly("张三娃");
                assertThat(names(r, "zhangsanwa")).isEmpty();
                assertThat(names(r, "张三")).containsExactly("张三", "张三丰", "李张三");
            }
        }
    }

    @Test
    void manySavesAfterTheFirstSearchAreFoundAsTheIndexIsBuiltAgain() {
        try (Register r = RegisterFixture.open(home)) {
            assertThat(names(r, "曾小红")).containsExactly("曾小红");
            List<Person> saved = r.transactions().write(() -> {
                List<Person> out = new java.util.ArrayList<>();
                for (int i = 0; i < 2_600; i++) {
                    out.add(r.persons().save(RegisterFixture.person(i % 2 == 0 ? "曾小红" : "钱七",
                            Sex.FEMALE, LocalDate.of(1990, 1, 1).plusDays(i)).build()));
                }
                return out;
            });
            assertThat(r.persons().search("曾小红", 5_000)).hasSize(1_301);
            r.transactions().write(() -> saved.subList(0, 2_000)
                    .forEach(p -> r.persons().save(p.withVoidReason("重档"))));
            assertThat(r.persons().search("曾小红", 5_000)).hasSize(301);
            assertThat(r.persons().search("qianqi", 5_000)).hasSize(300);
            assertThat(names(r, "张三丰")).containsExactly("张三丰");
        }
    }

    @Test
    void onlyTheBestMatchesUpToTheLimitAreReturnedInRankOrder() {
        try (Register r = RegisterFixture.open(home)) {
            assertThat(r.persons().search("张", 2)).extracting(h -> h.person().name())
                    .containsExactly("张三", "张三丰");
            assertThat(r.persons().search("张三", 1)).extracting(h -> h.person().name(), PersonHit::match)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("张三", MatchKind.NAME_EXACT));
        }
    }

    @Test
    void personsSavedBeforeThePinyinColumnsExistedAndSavesBeforeTheFirstSearchAreFound() throws Exception {
        KeyFile.UserKey entry = KeyFile.read(home).orElseThrow().user(RegisterFixture.USER).orElseThrow();
        DatabaseKey key = DatabaseKey.unwrap(entry, RegisterFixture.PASSWORD.clone());
        try (java.sql.Connection c = new RegisterDatabase(home, key, List.of(H2RegisterStore.MIGRATIONS),
                RegisterFixture.CLOCK).connect(true)) {
            // what a register upgraded by V5 holds: persons without stored spellings
            assertThat(Sql.update(c, "UPDATE person SET pinyin = NULL, initials = NULL")).isEqualTo(7);
        }
        try (Register r = RegisterFixture.open(home)) {
            r.transactions().write(() -> r.persons().save(
                    RegisterFixture.person("赵六", Sex.MALE, LocalDate.of(1979, 5, 5)).build()));
            assertThat(names(r, "zengxiaohong")).containsExactly("曾小红");
            assertThat(names(r, "zxh")).containsExactly("曾小红");
            assertThat(names(r, "zhaoliu")).containsExactly("赵六");
        }
    }

    private static List<String> names(Register r, String query) {
        return r.persons().search(query, 10).stream().map(h -> h.person().name()).toList();
    }

    private static void save(Register r, Person.Builder p) {
        r.persons().save(p.build());
    }
}
