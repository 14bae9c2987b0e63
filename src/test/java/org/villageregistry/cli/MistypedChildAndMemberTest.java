package org.villageregistry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * 柳树村's registrar mistypes a baby or a household member on the command line: the refusal quotes what was typed
 * and says how to write it, as a usage error, and nothing is recorded.
 */
class MistypedChildAndMemberTest extends VillageAtTheTerminal {
    private void motherZhouJuan() {
        initVillage();
        ok("household", "add", "--name", "马强", "--sex", "男", "--birth", "1990-03-01", "--hukou", "农业",
                "--marital", "初婚", "--household-hukou", "农业", "--created", "2026-01-01",
                "--member", "配偶,周娟,女,1992-07-15,,初婚");
    }

    @Test
    void aBabyWithAnUnknownSexOrAWeightInWordsIsRefusedQuotingTheValue() {
        motherZhouJuan();

        for (String child : new String[] {"马喆,公", "解小,女,abc"}) {
            int code = vreg("birth", "record", "--mother", "周娟", "--born", "2026-11-28T10:15", "--child", child);

            assertThat(code).as(child).isEqualTo(Vreg.USER_ERROR);
            assertThat(err.toString()).contains("婴儿“" + child + "”格式不对").doesNotContain("程序内部错误");
        }
        ok("find", "马喆");
        assertThat(out.toString()).contains("没有找到");
    }

    @Test
    void aMemberWithAnImpossibleOrMissingDateOrAnUnknownRelationIsRefusedQuotingTheValue() {
        initVillage();

        for (String member : new String[] {"配偶,王芳,女,1982-02-30", "配偶,王芳,女", "妻子,王芳,女,1982-02-03"}) {
            int code = vreg("household", "add", "--name", "马强", "--sex", "男", "--birth", "1990-03-01",
                    "--hukou", "农业", "--marital", "初婚", "--household-hukou", "农业", "--member", member);

            assertThat(code).as(member).isEqualTo(Vreg.USER_ERROR);
            assertThat(err.toString()).contains("成员“" + member + "”格式不对").doesNotContain("程序内部错误");
        }
        ok("find", "马强");
        assertThat(out.toString()).contains("没有找到");
    }
}
