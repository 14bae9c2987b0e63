package org.villageregistry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.service.Json;

/** vreg registration add|list|show: the 生育登记 of the desktop, from the terminal. */
class RegistrationCommandLineTest extends VillageAtTheTerminal {
    static final String WIFE_ID = IdNumber.compose("410103", LocalDate.of(1994, 3, 12), 2);

    @BeforeEach
    void coupleWithADaughter() {
        initVillage();
        ok("person", "add", "--name", "刘梅", "--sex", "女", "--birth", "1994-03-12", "--id", WIFE_ID,
                "--hukou", "农业", "--marital", "初婚");
        ok("person", "add", "--name", "陈刚", "--sex", "男", "--birth", "1992-07-01", "--id",
                IdNumber.compose("410103", LocalDate.of(1992, 7, 1), 1), "--hukou", "农业", "--marital", "初婚",
                "--first-marriage", "2018-10-01");
        ok("person", "add", "--name", "陈小红", "--sex", "女", "--birth", "2020-02-02", "--hukou", "农业",
                "--mother", "刘梅", "--father", "陈刚");
    }

    @Test
    void aComingChildIsRegisteredAsTheNextOrderAndListedAsJsonWithIdNumbersMasked() throws Exception {
        ok("registration", "add", "--wife", "刘梅", "--husband", "陈刚", "--due", "2027-03-15");
        assertThat(out.toString()).contains("已生育登记：柳树村〔2026〕0001号，第 2 孩");

        ok("registration", "list", "--format", "json");
        JsonNode list = Json.mapper().readTree(out.toString());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("registrationNumber").asText()).isEqualTo("柳树村〔2026〕0001号");
        assertThat(list.get(0).get("registeredOrder").asInt()).isEqualTo(2);
        assertThat(list.get(0).get("expectedDelivery").asText()).isEqualTo("2027-03-15");
        assertThat(list.get(0).get("wife").get("idNumber").asText()).isEqualTo(IdNumber.mask(WIFE_ID));
        assertThat(list.get(0).get("children").get(0).get("name").asText()).isEqualTo("陈小红");

        ok("registration", "list");
        assertThat(out.toString()).contains("柳树村〔2026〕0001号", "刘梅", "陈刚", "共 1 份生育登记");
    }

    @Test
    void aChildAlreadyBornIsRegisteredWithItsOwnOrderAndShown() {
        ok("registration", "add", "--wife", "刘梅", "--husband", "陈刚", "--child", "陈小红");
        assertThat(out.toString()).contains("第 1 孩");

        ok("registration", "show", "柳树村〔2026〕0001号");
        assertThat(out.toString()).contains("登记孩次", "陈小红", "2020-02-02", "有效").doesNotContain(WIFE_ID);
        ok("person", "show", "刘梅");
        assertThat(out.toString()).as("found again from her page").contains("生育登记 柳树村〔2026〕0001号（第 1 孩）");
        for (String serial : new String[] {"0001", "1", "2026-1", "2026〔0001"}) {
            ok("registration", "show", serial);
            assertThat(out.toString()).as(serial).contains("柳树村〔2026〕0001号", "陈小红");
        }

        assertThat(vreg("registration", "add", "--wife", "刘梅", "--husband", "陈刚", "--child", "陈小红",
                "--due", "2027-01-01")).isEqualTo(1);
        assertThat(err.toString()).contains("陈小红 已经出生");
    }

    @Test
    void theMarriageDateFillsAMissingFirstMarriageDateOnlyWhenAskedTo() {
        ok("registration", "add", "--wife", "刘梅", "--husband", "陈刚", "--marriage-date", "2018-10-01");
        assertThat(out.toString()).contains("刘梅 的档案中没有初婚日期；加 --fill-first-marriage");

        ok("registration", "add", "--wife", "刘梅", "--husband", "陈刚", "--marriage-date", "2018-10-01",
                "--fill-first-marriage");
        assertThat(out.toString()).contains("已按结婚日期 2018-10-01 填入 刘梅 的初婚日期")
                .doesNotContain("陈刚 的初婚日期");
        ok("person", "show", "刘梅");
        assertThat(out.toString()).contains("2018-10-01");
    }

    @Test
    void showingANumberThatDoesNotExistSaysSo() {
        assertThat(vreg("registration", "show", "柳树村〔2026〕0099号")).isEqualTo(1);
        assertThat(err.toString()).contains("找不到生育登记 柳树村〔2026〕0099号");
    }
}
