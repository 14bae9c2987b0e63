package org.villageregistry.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.record.EntityType;
import org.villageregistry.domain.repository.AuditAction;
import org.villageregistry.domain.repository.AuditFilter;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.task.BackgroundTask;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.storage.TestStores;
import org.villageregistry.ui.audit.AuditViewModel.ChainState;

/** The county auditor, 老周, signs in on 10 November and reads what happened on the village workstation. */
class AuditViewModelTest {
    @TempDir
    Path home;
    @TempDir
    Path stick;
    AuditorStory story;
    Register register;
    AuditViewModel audit;

    @BeforeEach
    void auditorSignsIn() {
        Messages.setLocale(Messages.CHINESE);
        story = new AuditorStory(home);
        register = story.signInAsAuditor();
        audit = new AuditViewModel(new RegisterServices(register, story.clock).audit(), new SameThreadTaskExecutor(),
                story.clock);
        audit.refresh();
    }

    @AfterEach
    void close() {
        register.close();
    }

    private List<AuditRow> shown() {
        return audit.rows().stream().toList();
    }

    @Test
    void theWholeLogIsShownNewestFirstWithEveryoneInTheUserFilter() {
        assertThat(audit.users()).startsWith((String) null)
                .contains(AuditorStory.ADMIN, AuditorStory.REGISTRAR, AuditorStory.AUDITOR);
        assertThat(shown()).hasSize((int) audit.total()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(shown().get(0).user()).isEqualTo(AuditorStory.AUDITOR);
        assertThat(shown().get(0).action()).isEqualTo("登录");
        assertThat(shown().get(0).when()).isEqualTo("2026-11-10 15:00:00");
        assertThat(shown()).extracting(AuditRow::seq).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(audit.statusProperty().get()).isEqualTo("共 " + audit.total() + " 条");
    }

    @Test
    void filteringByUserAndDayShowsWhatTheRegistrarDidThatDayWithoutNameOrIdNumber() {
        audit.userProperty().set(AuditorStory.REGISTRAR);
        audit.fromProperty().set(LocalDate.of(2026, 11, 3));
        audit.toProperty().set(LocalDate.of(2026, 11, 3));

        assertThat(audit.apply()).isTrue();

        assertThat(shown()).extracting(AuditRow::action).containsExactly("查看完整身份证号", "登录");
        AuditRow reveal = shown().get(0);
        assertThat(reveal.record()).isEqualTo("人员 " + story.wangFang.id().toString().substring(0, 8));
        assertThat(reveal.toString()).doesNotContain("王芳").doesNotContain(AuditorStory.WANG_FANG_ID);
        assertThat(reveal.workstation())
                .isEqualTo(register.workstation().workstationId().toString().substring(0, 8));

        audit.toProperty().set(LocalDate.of(2026, 11, 6));
        audit.apply();
        assertThat(shown()).extracting(AuditRow::action).containsExactly("登录", "登录失败", "查看完整身份证号", "登录");
    }

    @Test
    void actionRecordTypeAndTheFirstCharactersOfAnIdFindTheReveal() {
        audit.actionProperty().set(AuditAction.LOGIN_FAILED);
        audit.apply();
        assertThat(shown()).extracting(AuditRow::user).containsExactly(AuditorStory.REGISTRAR);
        assertThat(shown().get(0).when()).startsWith("2026-11-05 08:00");

        audit.clearFilters();
        audit.recordTypeProperty().set(EntityType.PERSON);
        audit.recordIdProperty().set(story.wangFang.id().toString().substring(0, 6).toUpperCase());
        audit.apply();
        assertThat(shown()).extracting(AuditRow::action).containsExactly("查看完整身份证号");

        audit.recordTypeProperty().set(EntityType.HOUSEHOLD);
        audit.apply();
        assertThat(shown()).isEmpty();
        assertThat(audit.statusProperty().get()).isEqualTo("共 0 条");
    }

    @Test
    void anEndDateBeforeTheStartIsRefusedAndTheListStays() {
        long before = audit.total();
        audit.fromProperty().set(LocalDate.of(2026, 11, 6));
        audit.toProperty().set(LocalDate.of(2026, 11, 3));

        assertThat(audit.apply()).isFalse();

        assertThat(audit.errorProperty().get()).contains("2026-11-03").contains("早于");
        assertThat(audit.total()).isEqualTo(before);
    }

    @Test
    void theExportHoldsTheFilteredEntriesAsCsvWithABomAndIsItselfAudited() throws Exception {
        audit.userProperty().set(AuditorStory.REGISTRAR);
        audit.apply();
        Path file = stick.resolve(audit.suggestedFileName());
        assertThat(file.getFileName().toString()).isEqualTo("审计日志-2026-11-10.csv");

        audit.export(file);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.get(0)).isEqualTo("序号,时间,用户,操作,记录类型,记录编号,工作站,说明,校验值");
        assertThat(lines).hasSize(1 + 4);
        assertThat(lines.subList(1, 5)).allMatch(l -> l.contains(",王秀英,"));
        assertThat(lines.get(3)).contains("查看完整身份证号,人员," + story.wangFang.id());
        assertThat(String.join("\n", lines)).doesNotContain("王芳").doesNotContain(AuditorStory.WANG_FANG_ID);
        assertThat(audit.exportMessageProperty().get()).contains("4").contains(file.toString());
        try (var left = Files.list(stick)) {
            assertThat(left).containsExactly(file);
        }

        var exported = new RegisterServices(register, story.clock).audit()
                .entries(AuditFilter.all().of(AuditAction.AUDIT_EXPORTED), 0, 10);
        assertThat(exported).singleElement().satisfies(e -> {
            assertThat(e.user()).isEqualTo(AuditorStory.AUDITOR);
            assertThat(e.detail()).contains(file.getFileName().toString());
        });
        audit.clearFilters();
        assertThat(shown().get(0).action()).isEqualTo("导出审计日志");
    }

    @Test
    void anExportIntoAFolderThatIsNotThereSaysSoAndLeavesNoEntry() {
        Path gone = stick.resolve("拔掉的U盘").resolve("审计日志.csv");

        audit.export(gone);

        assertThat(audit.errorProperty().get()).contains("审计日志没有导出").contains(gone.toString());
        assertThat(audit.exportMessageProperty().get()).isEmpty();
        assertThat(audit.exportingProperty().get()).isFalse();
        audit.actionProperty().set(AuditAction.AUDIT_EXPORTED);
        audit.apply();
        assertThat(shown()).isEmpty();
    }

    @Test
    void theChainsOfAnUntouchedRegisterAreIntact() {
        audit.verifyChains();

        assertThat(audit.chainStateProperty().get()).isEqualTo(ChainState.INTACT);
        assertThat(audit.chainMessageProperty().get()).startsWith("校验通过").contains("变更链完整")
                .contains("审计日志完整");
    }

    @Test
    void aSignInDeletedBehindTheProgramsBackIsFoundAtItsLink() {
        assertThat(TestStores.behindTheProgramsBack(register, "DELETE FROM audit_log WHERE seq = 3")).isEqualTo(1);

        audit.verifyChains();

        assertThat(audit.chainStateProperty().get()).isEqualTo(ChainState.BROKEN);
        assertThat(audit.chainMessageProperty().get()).startsWith("审计日志在第 4 条处断开");
    }

    @Test
    void aRewrittenChangeIsFoundInTheChangeLog() {
        TestStores.behindTheProgramsBack(register,
                "UPDATE change_log SET state = REPLACE(state, '王芳', '王方') WHERE state LIKE '%王芳%'");

        audit.verifyChains();

        assertThat(audit.chainStateProperty().get()).isEqualTo(ChainState.BROKEN);
        assertThat(audit.chainMessageProperty().get()).startsWith("变更链在第 1 条处断开");
    }

    @Test
    void aRegistrarIsRefusedTheAuditLogByTheServiceItself() {
        register.close();
        register = story.store.open(home, AuditorStory.REGISTRAR, AuditorStory.PASSWORD.toCharArray());
        AuditViewModel asRegistrar = new AuditViewModel(new RegisterServices(register, story.clock).audit(),
                new SameThreadTaskExecutor(), story.clock);

        asRegistrar.refresh();

        assertThat(asRegistrar.errorProperty().get()).contains("登记员").contains("查看和导出审计日志");
        assertThat(asRegistrar.rows()).isEmpty();
        assertThatThrownBy(() -> new RegisterServices(register, story.clock).audit()
                .exportCsv(AuditFilter.all(), stick.resolve("x.csv"), BackgroundTask.<Void>of(progress -> null)))
                .isInstanceOf(RegistryException.class);
    }
}
