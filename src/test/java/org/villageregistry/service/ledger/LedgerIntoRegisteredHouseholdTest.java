package org.villageregistry.service.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.person.Person;

/**
 * A ledger row whose 户号 the register holds already joins that household. When the ledger's head of that number is
 * someone else (a ledger numbered another way), none of that household's new rows join the registered head's family.
 */
class LedgerIntoRegisteredHouseholdTest extends LedgerRegisterTest {
    private static final String HEADER = "户号,姓名,与户主关系,性别,出生日期,民族,户口性质,婚姻状况\n";

    @Test
    void anotherFamilysMembersAreRefusedWithTheirHead() throws Exception {
        importFile(csv("first.csv", HEADER + "0001,解家豪,户主,男,1943-03-02,汉族,农业,初婚\n"
                + "0001,仇芳,配偶,女,1945-06-01,汉族,农业,初婚\n"));

        LedgerValidation other = validate(csv("other.csv", HEADER + "0001,柳明,户主,男,1970-01-05,汉族,农业,初婚\n"
                + "0001,王秀英,配偶,女,1972-04-09,汉族,农业,初婚\n"
                + "0001,柳晓燕,女,女,1998-08-08,汉族,农业,未婚\n"));

        assertThat(other.rows()).allSatisfy(r -> assertThat(r.action()).isEqualTo(RowResult.Action.ERROR));
        assertThat(other.rows().get(1).problems()).anySatisfy(p -> assertThat(p.message())
                .contains("户号 0001 在登记中是 解家豪 的户", "第 2 行", "其他新人员也不导入"));
        LedgerImportSummary imported = importFile(csv("other2.csv", HEADER
                + "0001,柳明,户主,男,1970-01-05,汉族,农业,初婚\n0001,王秀英,配偶,女,1972-04-09,汉族,农业,初婚\n"
                + "0001,柳晓燕,女,女,1998-08-08,汉族,农业,未婚\n"));
        assertThat(imported.created()).isZero();
        assertThat(names()).containsExactlyInAnyOrder("解家豪", "仇芳");
    }

    @Test
    void theRegisteredHeadsRowLetsNewMembersJoinButNotASecondSpouse() throws Exception {
        importFile(csv("first.csv", HEADER + "0001,解家豪,户主,男,1943-03-02,汉族,农业,初婚\n"
                + "0001,仇芳,配偶,女,1945-06-01,汉族,农业,初婚\n"));

        LedgerImportSummary imported = importFile(csv("more.csv", HEADER
                + "0001,解家豪,户主,男,1943-03-02,汉族,农业,初婚\n"
                + "0001,王秀英,配偶,女,1950-04-09,汉族,农业,初婚\n"
                + "0001,解小明,孙子,男,2015-02-03,汉族,农业,\n"));

        assertThat(imported.created()).isEqualTo(1);
        assertThat(names()).containsExactlyInAnyOrder("解家豪", "仇芳", "解小明");
        LedgerValidation again = validate(csv("more2.csv", HEADER + "0001,王秀英,配偶,女,1950-04-09,汉族,农业,初婚\n"));
        assertThat(again.rows().get(0).problems()).anySatisfy(p -> assertThat(p.message())
                .contains("户号 0001（户主 解家豪）在登记中已有配偶"));
    }

    @Test
    void theRegisteredHeadsOwnRowRefusedOverAPhoneDoesNotTurnAwayHisNewMembers() throws Exception {
        String header = "户号,姓名,与户主关系,性别,出生日期,民族,户口性质,婚姻状况,联系电话\n";
        importFile(csv("first.csv", header + "0001,解家豪,户主,男,1943-03-02,汉族,农业,初婚,\n"));

        LedgerValidation again = validate(csv("again.csv", header + "0001,解家豪,户主,男,1943-03-02,汉族,农业,初婚,6551234\n"
                + "0001,解小明,孙子,男,2015-02-03,汉族,农业,,\n"));

        assertThat(again.rows().get(0).action()).isEqualTo(RowResult.Action.ERROR);
        assertThat(again.rows().get(1).action()).as("his grandson is his household's, whatever his phone")
                .isEqualTo(RowResult.Action.CREATE);
    }

    private List<String> names() {
        return register.transactions().read(() -> register.persons().page(0, 100)).stream().map(Person::name)
                .toList();
    }
}
