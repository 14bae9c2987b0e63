package org.villageregistry.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.sync.SyncRecords.ConflictDecision;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.home.TodayItem;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.sync.SyncWorld;
import org.villageregistry.ui.villages.VillagesViewModel;

/**
 * The Sync, Conflicts and Villages screens' ViewModels over real registers (SyncWorld: 城关镇 with 柳树村 and
 * 杨庄村, enrolled both ways), with a USB stick folder between them.
 */
class SyncViewModelsTest {
    @TempDir
    Path temp;
    private SyncWorld world;
    private final List<UUID> opened = new ArrayList<>();
    private VillageSyncViewModel willow;
    private TownshipSyncViewModel township;
    private final UrlInMemory countyUrl = new UrlInMemory();

    @BeforeEach
    void world() throws IOException {
        Messages.setLocale(Messages.CHINESE);
        world = new SyncWorld(temp);
        willow = villageModel(world.willow);
        township = new TownshipSyncViewModel(world.township.sync, new SameThreadTaskExecutor(), Runnable::run,
                countyUrl);
    }

    private VillageSyncViewModel villageModel(SyncWorld.Station station) {
        return new VillageSyncViewModel(station.sync, new SameThreadTaskExecutor(), Runnable::run, opened::add);
    }

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void exportingThenImportingAtTheTownshipShowsWhatWentInAndWhatWasApplied() {
        world.willow.addPerson("王秀英", Sex.FEMALE, LocalDate.of(1990, 1, 1));
        world.willow.addPerson("李建国", Sex.MALE, LocalDate.of(1988, 5, 3));
        world.willow.addPerson("李小明", Sex.MALE, LocalDate.of(2015, 7, 9));

        willow.export(world.stick);

        VillageSyncViewModel.ExportReport report = willow.lastExportProperty().get();
        assertThat(willow.errorProperty().get()).isEmpty();
        assertThat(report.counts()).containsExactly(new VillageSyncViewModel.KindCount("人员", 3));
        assertThat(report.fileName()).startsWith(world.willow.code() + "_000001_").endsWith(".vrb.json");
        assertThat(Files.exists(world.stick.resolve(report.fileName()))).isTrue();
        assertThat(report.verified()).isTrue();
        assertThat(report.verification()).contains("签名有效");
        assertThat(willow.summaryProperty().get().undelivered()).isEqualTo(3);
        assertThat(report.range()).isEqualTo("第 1 号数据包，变更第 1 至 3 号，共 3 条");

        township.importFolder(world.stick);

        assertThat(township.files()).singleElement().satisfies(line -> {
            assertThat(line.village()).isEqualTo("柳树村");
            assertThat(line.sequence()).isEqualTo("1");
            assertThat(line.status()).isEqualTo("已导入");
            assertThat(line.applied()).isEqualTo(3);
            assertThat(line.quarantined()).isZero();
        });
        assertThat(world.township.register.persons().count()).isEqualTo(3);
        assertThat(township.outbox()).singleElement()
                .satisfies(o -> assertThat(o.stateText()).isEqualTo("待发送"));

        township.importFolder(world.stick);

        assertThat(township.files()).singleElement().satisfies(line -> {
            assertThat(line.status()).isEqualTo("以前已导入");
            assertThat(line.applied()).isZero();
        });
        assertThat(world.township.register.persons().count()).isEqualTo(3);
    }

    @Test
    void aDamagedBundleIsRefusedWithAChineseMessageAndChangesNothing() throws IOException {
        world.willow.addPerson("王秀英", Sex.FEMALE, LocalDate.of(1990, 1, 1));
        willow.export(world.stick);
        Path file = world.stick.resolve(willow.lastExportProperty().get().fileName());
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        township.importFolder(world.stick);

        assertThat(township.files()).singleElement().satisfies(line -> {
            assertThat(line.status()).isEqualTo("拒收");
            assertThat(line.message()).contains(file.getFileName().toString()).containsPattern("\\p{IsHan}{4,}");
            assertThat(line.applied()).isZero();
        });
        assertThat(world.township.register.persons().count()).isZero();
        assertThat(world.township.register.sync().intake().progress(world.willow.code()).lastChangeId()).isZero();
        assertThat(township.outbox()).isEmpty();
    }

    @Test
    void aSoundFileBroughtToTheWrongWorkstationIsCalledWhatItIsNotDamaged() throws IOException {
        world.willow.addPerson("王秀英", Sex.FEMALE, LocalDate.of(1990, 1, 1));
        willow.export(world.stick);
        Path bundle = world.stick.resolve(willow.lastExportProperty().get().fileName());

        willow.importReceipt(bundle);

        assertThat(willow.receiptResultProperty().get()).contains(bundle.getFileName().toString(),
                "村里导出给乡镇的数据包", "要在乡镇工作站导入", "没有打开它").doesNotContain("损坏");
        township.importFolder(world.stick);
        Path receipts = Files.createDirectories(temp.resolve("receipts"));
        township.writeReceipts(receipts);
        Path receipt = onlyReceiptOf(receipts, world.willow.code());

        // the command line's import (the desktop's file chooser says so before importing)
        List<org.villageregistry.service.sync.ImportService.Outcome> outcomes = world.township.sync.imports()
                .importAll(List.of(receipt), org.villageregistry.service.task.Progress.messagesTo(m -> { }));

        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(org.villageregistry.service.sync.ImportService.Status.REFUSED);
            assertThat(o.message()).contains("乡镇写给村里的回执", "要在村级工作站导入");
        });
        assertThat(world.township.register.persons().count()).isEqualTo(1);
    }

    @Test
    void theTownshipsReceiptPutsQuarantinedChangesInTheVillagesToFixListAndOnItsHomeScreen() throws IOException {
        Person good = world.willow.addPerson("王秀英", Sex.FEMALE, LocalDate.of(1990, 1, 1));
        Person bad = world.willow.register.transactions().write(() -> world.willow.register.persons()
                .save(good.toBuilder().id(UUID.randomUUID()).version(0).name("王").build()));
        willow.export(world.stick);
        township.importFolder(world.stick);
        assertThat(township.files().get(0).quarantined()).isEqualTo(1);
        Path receipts = Files.createDirectories(temp.resolve("receipts"));

        township.writeReceipts(receipts);

        assertThat(township.receiptLines()).singleElement().satisfies(line -> assertThat(line).startsWith("柳树村"));
        Path receipt = onlyReceiptOf(receipts, world.willow.code());

        willow.importReceipt(receipt);

        assertThat(willow.receiptResultProperty().get()).contains(receipt.getFileName().toString());
        assertThat(willow.toFix()).singleElement().satisfies(line -> {
            assertThat(line.reason()).isEqualTo("不符合登记规则");
            assertThat(line.message()).contains("姓名");
            assertThat(line.entity()).contains(bad.id());
        });
        willow.open(willow.toFix().get(0));
        assertThat(opened).containsExactly(bad.id());
        assertThat(willow.summaryProperty().get().undelivered()).isZero();
        TodayItem findings = new RegisterServices(world.willow.register, SyncWorld.CLOCK).today().items().stream()
                .filter(i -> i.kind() == TodayItem.Kind.RECEIPT_FINDINGS).findFirst().orElseThrow();
        assertThat(findings.records()).singleElement().satisfies(r -> assertThat(r.personId()).isEqualTo(bad.id()));
    }

    private static Path onlyReceiptOf(Path folder, String village) {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(village + "_receipt_")).findFirst()
                    .orElseThrow();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aConflictShowsBothVersionsSideBySideAndItsDecisionIsRecorded() throws IOException {
        String id = "410103199001011222";
        savePerson(world.willow, id, "13800000001");
        savePerson(world.poplar, id, "13900000002");
        township.importFolder(folderWith(world.willow));
        township.importFolder(folderWith(world.poplar));
        assertThat(township.files().get(0).quarantined()).isEqualTo(1);
        ConflictsViewModel conflicts = new ConflictsViewModel(world.township.sync, new SameThreadTaskExecutor(),
                Runnable::run);

        conflicts.refresh();

        assertThat(conflicts.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.village()).isEqualTo("杨庄村");
            assertThat(c.other()).isEqualTo("柳树村");
            assertThat(c.reason()).isEqualTo("身份证号相同");
            assertThat(c.decision()).isEqualTo("未处理");
        });
        conflicts.select(conflicts.conflicts().get(0));
        assertThat(conflicts.rows()).filteredOn(r -> r.field().equals("电话")).singleElement().satisfies(r -> {
            assertThat(r.village()).isEqualTo("13900000002");
            assertThat(r.other()).isEqualTo("13800000001");
            assertThat(r.differs()).isTrue();
        });
        assertThat(conflicts.rows()).filteredOn(r -> r.field().equals("姓名")).singleElement()
                .satisfies(r -> assertThat(r.differs()).isFalse());
        assertThat(conflicts.rows()).filteredOn(r -> r.field().equals("性别")).singleElement()
                .satisfies(r -> assertThat(r.village()).isEqualTo("女"));
        assertThat(conflicts.rows()).filteredOn(r -> r.field().equals("身份证号")).singleElement()
                .satisfies(r -> assertThat(r.village()).doesNotContain(id));

        conflicts.decide(ConflictDecision.DIFFERENT_PEOPLE);

        assertThat(conflicts.errorProperty().get()).isEmpty();
        assertThat(conflicts.conflicts()).isEmpty();
        assertThat(world.township.sync.conflicts().list(false)).singleElement().satisfies(c -> {
            assertThat(c.decision()).contains(ConflictDecision.DIFFERENT_PEOPLE);
            assertThat(c.decidedBy()).contains("admin");
        });
        conflicts.undecidedOnlyProperty().set(false);
        assertThat(conflicts.conflicts()).singleElement()
                .satisfies(c -> assertThat(c.decision()).startsWith("不同的人"));
    }

    private Path folderWith(SyncWorld.Station station) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("usb-" + station.code()));
        station.exportTo(folder, false);
        return folder;
    }

    private static void savePerson(SyncWorld.Station station, String id, String phone) {
        station.register.transactions().write(() -> station.register.persons().save(Person.builder()
                .owner(station.code()).name("王秀英").sex(Sex.FEMALE).birthDate(LocalDate.of(1990, 1, 1))
                .idNumber(id).phone(phone).ethnicity(Ethnicity.HAN).hukouType(HukouType.AGRICULTURAL)
                .maritalStatus(MaritalStatus.UNMARRIED).build()));
    }

    @Test
    void theTownshipsListsSayItOpensNoVillageRecordAndAskingToOpenOneSaysWhyNot() throws IOException {
        Person wang = world.willow.addPerson("王秀英", Sex.FEMALE, LocalDate.of(1990, 1, 1));
        // no ethnicity (as an imported ledger may leave it): a data-quality finding for the township to list
        world.willow.register.transactions().write(() -> world.willow.register.persons()
                .save(wang.toBuilder().id(UUID.randomUUID()).version(0).name("王秀兰").ethnicity(null).build()));
        willow.export(world.stick);
        township.importFolder(world.stick);
        RegisterServices services = new RegisterServices(world.township.register, SyncWorld.CLOCK);
        org.villageregistry.ui.home.HomeViewModel home = new org.villageregistry.ui.home.HomeViewModel(services,
                new SameThreadTaskExecutor(), new org.villageregistry.ui.NowhereNavigator());
        home.refresh();
        org.villageregistry.ui.quality.QualityViewModel quality = new org.villageregistry.ui.quality
                .QualityViewModel(services, new SameThreadTaskExecutor(), new org.villageregistry.ui.NowhereNavigator());
        quality.refresh();

        assertThat(home.summary()).contains("各村共").contains("乡镇不打开村里的档案").doesNotContain("回车");
        assertThat(quality.summaryProperty().get()).contains("各村共").contains("请通知该村改正");
        assertThat(org.villageregistry.domain.text.Messages.get("shell.open.noScreen.PERSON"))
                .contains("乡镇工作站不打开").doesNotContain("尚未安装");
    }

    @Test
    void theVillagesListShowsEachVillagesLastBundleAndWhatIsPending() throws IOException {
        world.willow.addPerson("王秀英", Sex.FEMALE, LocalDate.of(1990, 1, 1));
        world.willow.addPerson("李建国", Sex.MALE, LocalDate.of(1988, 5, 3));
        willow.export(world.stick);
        township.importFolder(world.stick);
        VillagesViewModel villages = new VillagesViewModel(new RegisterServices(world.township.register,
                SyncWorld.CLOCK), world.township.sync, new SameThreadTaskExecutor());

        villages.refresh();

        var willowRow = villages.villages().stream()
                .filter(v -> v.village().code().value().equals(world.willow.code())).findFirst().orElseThrow();
        assertThat(villages.syncOf(willowRow)).hasValueSatisfying(s -> {
            assertThat(s.lastSequence()).contains(1L);
            assertThat(s.lastImportedAt()).contains(SyncWorld.CLOCK.instant());
            assertThat(s.pendingReceipt()).isEqualTo(2);
            assertThat(s.quarantined()).isZero();
            assertThat(s.openConflicts()).isZero();
        });
        var poplarRow = villages.villages().stream()
                .filter(v -> v.village().code().value().equals(world.poplar.code())).findFirst().orElseThrow();
        assertThat(villages.syncOf(poplarRow)).hasValueSatisfying(s -> assertThat(s.lastSequence()).isEmpty());

        township.writeReceipts(Files.createDirectories(temp.resolve("receipts")));
        assertThat(township.errorProperty().get()).isEmpty();
        villages.refresh();
        assertThat(villages.syncOf(willowRow)).hasValueSatisfying(s -> assertThat(s.pendingReceipt()).isZero());

        // the township's search says when nothing matched what was typed
        assertThat(villages.searchResultProperty().get()).isEqualTo("输入后显示全乡镇的查询结果");
        villages.search("zzzz");
        assertThat(villages.hits()).isEmpty();
        assertThat(villages.searchResultProperty().get()).startsWith("没有找到“zzzz”");
        villages.search("王秀英");
        assertThat(villages.hits()).isNotEmpty();
        villages.search("");
        assertThat(villages.searchResultProperty().get()).isEqualTo("输入后显示全乡镇的查询结果");
    }

    @Test
    void theHomeScreenAsksForTheBundleOnlyWhenLastMonthsChangesAreStillUndelivered() throws IOException {
        world.willow.addPerson("王秀英", Sex.FEMALE, LocalDate.of(1990, 1, 1));
        Clock nextMonth = Clock.fixed(Instant.parse("2026-12-03T08:00:00Z"), ZoneOffset.UTC);

        assertThat(bundleItem(SyncWorld.CLOCK).records()).isEmpty();
        assertThat(bundleItem(nextMonth).records()).singleElement()
                .satisfies(r -> assertThat(r.detail()).contains("1 条").contains("2026-11-30"));

        willow.export(world.stick);
        township.importFolder(world.stick);
        township.writeReceipts(Files.createDirectories(temp.resolve("receipts")));
        willow.importReceipt(onlyReceiptOf(temp.resolve("receipts"), world.willow.code()));

        assertThat(bundleItem(nextMonth).records()).isEmpty();
    }

    @Test
    void aMonthSubmittedWithNothingNewSinceTheReceiptIsExportedAsOnlyTheMonth() throws IOException {
        world.willow.addPerson("王秀英", Sex.FEMALE, LocalDate.of(1990, 1, 1));
        willow.export(world.stick);
        township.importFolder(world.stick);
        township.writeReceipts(Files.createDirectories(temp.resolve("receipts")));
        willow.importReceipt(onlyReceiptOf(temp.resolve("receipts"), world.willow.code()));
        new RegisterServices(world.willow.register, SyncWorld.CLOCK).signoffs().submit("2026-10");

        willow.export(Files.createDirectories(temp.resolve("second")));

        VillageSyncViewModel.ExportReport report = willow.lastExportProperty().get();
        assertThat(report.range()).isEqualTo("第 2 号数据包：上次回执之后没有新的变更，只附送审月报表 2026-10");
        assertThat(report.counts()).as("the change repeated to carry the month is not listed as sent").isEmpty();

        world.willow.addPerson("李建国", Sex.MALE, LocalDate.of(1988, 5, 3));
        new RegisterServices(world.willow.register, SyncWorld.CLOCK).signoffs().submit("2026-10");
        willow.export(Files.createDirectories(temp.resolve("third")));
        assertThat(willow.lastExportProperty().get().range())
                .isEqualTo("第 3 号数据包，变更第 2 至 2 号，共 1 条；附送审月报表 2026-10");
    }

    private TodayItem bundleItem(Clock clock) {
        return new RegisterServices(world.willow.register, clock).today().items().stream()
                .filter(i -> i.kind() == TodayItem.Kind.BUNDLE_NOT_EXPORTED).findFirst().orElseThrow();
    }

    @Test
    void anEnrolmentFileShowsItsFingerprintsAndIsOnlyTakenWhenAccepted() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("enrol-again"));
        Path file = world.willow.sync.enrolment().export(folder).file();
        township.refresh();
        assertThat(township.enrolled()).extracting(TownshipSyncViewModel.EnrolledLine::divisionName)
                .contains("柳树村", "杨庄村");

        township.checkEnrolment(file);

        var candidate = township.candidateProperty().get();
        assertThat(candidate.check().divisionName()).isEqualTo("柳树村");
        assertThat(candidate.check().fingerprints().signingDisplay())
                .isEqualTo(world.willow.sync.identity().fingerprints().signingDisplay())
                .matches("([A-Za-z0-9_-]{4} )+[A-Za-z0-9_-]{1,4}");

        township.acceptEnrolment();

        assertThat(township.errorProperty().get()).contains("柳树村");
        township.rejectEnrolment();
        assertThat(township.candidateProperty().get()).isNull();
    }

    @Test
    void uploadNeedsTheCountyUrlKeepsItAndShowsAFailedSendWithItsError() {
        world.willow.addPerson("王秀英", Sex.FEMALE, LocalDate.of(1990, 1, 1));
        willow.export(world.stick);
        township.importFolder(world.stick);

        township.uploadNow();
        assertThat(township.errorProperty().get()).as("points at the field, not at a command-line option")
                .startsWith("还没有填写县里的地址").contains("“县里的地址”一栏").doesNotContain("--url");
        assertThat(countyUrl.load()).isEmpty();

        township.countyUrlProperty().set("county server");
        township.uploadNow();
        assertThat(township.errorProperty().get()).as("the typed text, an example, and no 请重试")
                .contains("“county server”不是有效的网址").contains("http://192.168.1.10:8080")
                .doesNotContain("IllegalArgumentException").doesNotContain("重试");
        assertThat(countyUrl.load()).isEmpty();
        assertThat(township.outbox()).singleElement().satisfies(o -> assertThat(o.attempts()).isZero());

        township.countyUrlProperty().set("http://127.0.0.1:9/vreg");
        township.uploadNow();

        assertThat(countyUrl.load()).isEqualTo("http://127.0.0.1:9/vreg");
        assertThat(township.resultProperty().get()).isEqualTo("已发送 0 个，失败 1 个");
        assertThat(township.outbox()).singleElement().satisfies(o -> {
            assertThat(o.stateText()).isEqualTo("发送失败");
            assertThat(o.attempts()).isEqualTo(1);
            assertThat(o.lastError()).startsWith("连不上县里的服务器 http://127.0.0.1:9/vreg");
        });
    }
}
