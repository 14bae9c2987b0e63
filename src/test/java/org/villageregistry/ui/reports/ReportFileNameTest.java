package org.villageregistry.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.report.ReportKind;

/** The name the save dialog offers says, in the registrar's language, which report of which period it is. */
class ReportFileNameTest {
    @Test
    void theReportsOwnNameAndItsPeriodNothingAFolderCannotHold() {
        Messages.setLocale(Messages.CHINESE);
        assertThat(ReportsView.suggestedName(ReportKind.VILLAGE_MONTHLY, "2026-11")).isEqualTo("村人口信息月报-2026-11.pdf");
        assertThat(ReportsView.suggestedName(ReportKind.TOWNSHIP_MONTHLY, "2026-Q4"))
                .isEqualTo("乡镇人口信息季报-2026-Q4.pdf");
        assertThat(ReportsView.suggestedName(ReportKind.VILLAGE_MONTHLY, "2026")).isEqualTo("村人口信息年报-2026.pdf");
        assertThat(ReportsView.suggestedName(ReportKind.DATA_QUALITY, null)).isEqualTo("数据质量报告.pdf");
        assertThat(ReportsView.suggestedName(ReportKind.PAYMENT_ROLL, " 2026/Q4 ")).isEqualTo("发放花名册-2026-Q4.pdf");
    }
}
