package org.villageregistry.cli;

import org.villageregistry.TestClock;
import org.villageregistry.app.TestSessions;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.storage.H2RegisterStore;
import org.villageregistry.storage.TestStores;

/**
 * The county IT officer's checks at the terminal: roles refuse what they may not do, passwords are strong and lock
 * after five wrong tries, the recovery key opens a forgotten register, backups restore only after checking.
 */
class TrustCommandLineTest {
    static final String ADMIN_PASSWORD = "liushu-2026";
    static final String NEW_PASSWORD = "xinmima-2027";

    @TempDir
    Path temp;

    Path home;
    StringWriter out;
    StringWriter err;
    /** A clock the test moves forward, for the lock after failed sign-ins. */
    TestClock clock = new TestClock(Instant.parse("2026-11-20T02:00:00Z"), ZoneOffset.UTC);
    H2RegisterStore store = TestStores.quick(clock);

    @BeforeEach
    void chinese() {
        Messages.setLocale(Messages.CHINESE);
        home = temp.resolve("柳树村");
    }

    private int as(String user, String password, String... args) {
        return run(Map.of("VREG_PASSWORD", password), withUser(user, args));
    }

    private int run(Map<String, String> env, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CliContext context = new CliContext(env, new ByteArrayInputStream(new byte[0]), new PrintWriter(out),
                new PrintWriter(err), clock, home, question -> Optional.empty());
        return Vreg.run(args, TestSessions.program(store, context.clock()), context);
    }

    private static String[] withUser(String user, String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--user";
        all[args.length + 1] = user;
        return all;
    }

    /** Sets up the village as admin and returns the recovery key the set-up printed. */
    private String initVillage() {
        assertThat(run(Map.of("VREG_PASSWORD", ADMIN_PASSWORD), "init", "--role", "village", "--division",
                "410103100001", "--name", "柳树村")).as(err::toString).isZero();
        Matcher code = Pattern.compile("恢复密钥：([A-Z0-9-]{29})").matcher(out.toString());
        assertThat(code.find()).as(out::toString).isTrue();
        return code.group(1);
    }

    private void addUser(String name, String role, String password) {
        Map<String, String> env = new HashMap<>(Map.of("VREG_PASSWORD", ADMIN_PASSWORD));
        env.put("VREG_NEW_PASSWORD", password);
        assertThat(run(env, "user", "add", name, "--role", role, "--user", "admin")).as(err::toString).isZero();
    }

    private int addPerson(String user, String password, String name) {
        String id = IdNumber.compose("410103", java.time.LocalDate.of(1985, 6, 1), 2 * name.length() + 11);
        return as(user, password, "person", "add", "--name", name, "--sex", "男", "--birth", "1985-06-01",
                "--id", id, "--hukou", "农业", "--marital", "未婚");
    }

    @Test
    void anAuditorMayReadTheAuditLogButNotRecordAPerson() {
        initVillage();
        addUser("zhao", "auditor", "shenji-2026");

        assertThat(addPerson("zhao", "shenji-2026", "张伟")).isEqualTo(1);
        assertThat(err.toString()).contains("审计员").contains("不能登记或修改台账").contains("可以：查看和导出审计日志");
        assertThat(as("zhao", "shenji-2026", "backup", "--to", temp.resolve("u").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("审计员").contains("不能备份和恢复");

        assertThat(as("zhao", "shenji-2026", "audit", "list")).as(err::toString).isZero();
        assertThat(out.toString()).contains("USER_ADDED").contains("LOGIN");
    }

    @Test
    void aRegistrarKeepsTheRegisterButManagesNoUsersAndSeesNoAuditLog() {
        initVillage();
        addUser("li", "registrar", "dengji-2026");

        assertThat(addPerson("li", "dengji-2026", "张伟")).as(err::toString).isZero();
        Map<String, String> env = Map.of("VREG_PASSWORD", "dengji-2026", "VREG_NEW_PASSWORD", "other-2026");
        assertThat(run(env, "user", "add", "wang", "--role", "admin", "--user", "li")).isEqualTo(1);
        assertThat(err.toString()).contains("登记员").contains("不能管理用户").contains("登记或修改台账");
        assertThat(as("li", "dengji-2026", "audit", "list")).isEqualTo(1);
        assertThat(err.toString()).contains("登记员").contains("不能查看和导出审计日志");
        assertThat(as("li", "dengji-2026", "backup", "--to", temp.resolve("u").toString())).isEqualTo(1);
    }

    @Test
    void aTownshipClerkMayNotRecordPeopleInTheVillageRegister() {
        initVillage();
        addUser("wang", "clerk", "xiangzhen-2026");

        assertThat(addPerson("wang", "xiangzhen-2026", "张伟")).isEqualTo(1);
        assertThat(err.toString()).contains("乡镇专干").contains("不能登记或修改台账").contains("导入数据包");
        assertThat(as("wang", "xiangzhen-2026", "user", "list")).isEqualTo(1);
        assertThat(err.toString()).contains("乡镇专干").contains("不能管理用户");
    }

    @Test
    void theAdministratorMayDoEverything() {
        initVillage();

        assertThat(addPerson("admin", ADMIN_PASSWORD, "张伟")).as(err::toString).isZero();
        assertThat(as("admin", ADMIN_PASSWORD, "user", "list")).as(err::toString).isZero();
        assertThat(out.toString()).contains("admin").contains("管理员");
        assertThat(as("admin", ADMIN_PASSWORD, "audit", "list", "--format", "csv")).as(err::toString).isZero();
        assertThat(out.toString()).startsWith("seq,at,user").contains("LOGIN");
    }

    @Test
    void aWeakPasswordIsRefusedAtSetUpWhenAddingAUserAndWhenChangingIt() {
        assertThat(run(Map.of("VREG_PASSWORD", "abc123"), "init", "--role", "village", "--division",
                "410103100001", "--name", "柳树村")).isEqualTo(1);
        assertThat(err.toString()).contains("密码不够安全").contains("8");
        assertThat(store.exists(home)).isFalse();

        initVillage();
        Map<String, String> env = Map.of("VREG_PASSWORD", ADMIN_PASSWORD, "VREG_NEW_PASSWORD", "abcdefgh");
        assertThat(run(env, "user", "add", "li", "--role", "registrar", "--user", "admin")).isEqualTo(1);
        assertThat(err.toString()).contains("密码不够安全").contains("字母").contains("数字");
        assertThat(run(env, "user", "passwd", "--user", "admin")).isEqualTo(1);
        assertThat(err.toString()).contains("密码不够安全");
        assertThat(as("admin", ADMIN_PASSWORD, "user", "list")).isZero();
        assertThat(out.toString()).doesNotContain("li ");
    }

    @Test
    void changingThePasswordReWrapsTheKeySoOnlyTheNewOneOpens() {
        initVillage();
        Map<String, String> env = Map.of("VREG_PASSWORD", ADMIN_PASSWORD, "VREG_NEW_PASSWORD", NEW_PASSWORD);
        assertThat(run(env, "user", "passwd", "--user", "admin")).as(err::toString).isZero();

        assertThat(as("admin", ADMIN_PASSWORD, "audit", "verify")).isEqualTo(1);
        assertThat(err.toString()).contains("用户名或密码不对");
        assertThat(as("admin", NEW_PASSWORD, "audit", "list", "--action", "PASSWORD_CHANGED")).as(err::toString)
                .isZero();
        assertThat(out.toString()).contains("PASSWORD_CHANGED").contains("共 1 条");
    }

    @Test
    void fiveWrongPasswordsLockTheUserForAGrowingTime() {
        initVillage();
        for (int i = 1; i <= 4; i++) {
            assertThat(as("admin", "wrong-" + i, "audit", "verify")).isEqualTo(1);
            assertThat(err.toString()).contains("再错 " + (5 - i) + " 次");
        }
        assertThat(as("admin", "wrong-5", "audit", "verify")).isEqualTo(1);
        assertThat(err.toString()).contains("连续 5 次").contains("锁定 1 分钟");

        assertThat(as("admin", ADMIN_PASSWORD, "audit", "verify")).isEqualTo(1);
        assertThat(err.toString()).contains("已被锁定");

        clock.advance(Duration.ofSeconds(61));
        assertThat(as("admin", "wrong-6", "audit", "verify")).isEqualTo(1);
        assertThat(err.toString()).contains("连续 6 次").contains("锁定 2 分钟");

        clock.advance(Duration.ofMinutes(2).plusSeconds(1));
        assertThat(as("admin", ADMIN_PASSWORD, "audit", "list", "--action", "LOGIN_FAILED")).as(err::toString)
                .isZero();
        assertThat(out.toString()).contains("共 7 条");
        assertThat(as("admin", "wrong-7", "audit", "verify")).isEqualTo(1);
        assertThat(err.toString()).as("a correct sign-in starts the count again").contains("再错 4 次");
    }

    @Test
    void theRecoveryKeyGivesANewPasswordWhenEveryPasswordIsForgotten() {
        String code = initVillage();
        assertThat(out.toString()).contains("没有密码也没有恢复密钥，台账里的数据谁也读不出来");
        assertThat(addPerson("admin", ADMIN_PASSWORD, "张伟")).isZero();

        Map<String, String> wrong = Map.of("VREG_NEW_PASSWORD", NEW_PASSWORD);
        assertThat(run(wrong, "recover", "--recovery-key", "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA", "--user", "admin"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("恢复密钥不对");

        assertThat(run(wrong, "recover", "--recovery-key", code.toLowerCase().replace("-", " "), "--user", "admin"))
                .as(err::toString).isZero();
        assertThat(as("admin", ADMIN_PASSWORD, "find", "张伟")).isEqualTo(1);
        assertThat(as("admin", NEW_PASSWORD, "find", "张伟")).as(err::toString).isZero();
        assertThat(out.toString()).contains("张伟");
    }

    @Test
    void initWritesTheRecoveryKeySheetWithTheCodeAndItsQrCode() throws Exception {
        Path sheet = temp.resolve("U盘").resolve("恢复密钥单.pdf");
        assertThat(run(Map.of("VREG_PASSWORD", ADMIN_PASSWORD), "init", "--role", "village", "--division",
                "410103100001", "--name", "柳树村", "--recovery-sheet", sheet.toString())).as(err::toString).isZero();
        Matcher code = Pattern.compile("恢复密钥：([A-Z0-9-]{29})").matcher(out.toString());
        assertThat(code.find()).isTrue();

        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(sheet.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text).contains(code.group(1)).contains("柳树村").contains("vreg recover");
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(Files.readString(home.resolve("setup-sheet.txt").getParent().resolve("keys.json")))
                .doesNotContain(code.group(1));
    }

    @Test
    void aBackupRestoresOnlyAfterItOpensAndKeepsTheCurrentRegisterAside() throws Exception {
        String code = initVillage();
        assertThat(addPerson("admin", ADMIN_PASSWORD, "张伟")).isZero();
        Path usb = temp.resolve("U盘");
        assertThat(as("admin", ADMIN_PASSWORD, "backup", "--to", usb.toString())).as(err::toString).isZero();
        Path backup;
        try (Stream<Path> files = Files.list(usb)) {
            List<Path> all = files.toList();
            assertThat(all).hasSize(1);
            backup = all.get(0);
        }
        assertThat(new String(Files.readAllBytes(backup), StandardCharsets.ISO_8859_1))
                .as("the database inside is encrypted").doesNotContain("410103")
                .doesNotContain(new String("张伟".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
        assertThat(addPerson("admin", ADMIN_PASSWORD, "李强强")).isZero();

        assertThat(as("admin", "wrong-2026", "restore", backup.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("用户名或密码打不开备份").contains("做备份那天的管理员密码")
                .contains("--recovery-key");
        Path junk = temp.resolve("junk.vrbak");
        Files.writeString(junk, "PK not really a zip");
        assertThat(as("admin", ADMIN_PASSWORD, "restore", junk.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("不是本程序的备份").contains("现在的台账没有改动");
        assertThat(as("admin", ADMIN_PASSWORD, "find", "李强强")).isZero();
        assertThat(out.toString()).contains("李强强");

        assertThat(run(Map.of(), "restore", backup.toString(), "--recovery-key", code)).as(err::toString).isZero();
        assertThat(out.toString()).contains("原来的台账文件保存在");
        assertThat(as("admin", ADMIN_PASSWORD, "find", "李强强")).isEqualTo(0);
        assertThat(out.toString()).as("recorded after the backup").contains("没有找到");
        assertThat(as("admin", ADMIN_PASSWORD, "find", "张伟")).isZero();
        assertThat(out.toString()).contains("张伟");
        try (Stream<Path> kept = Files.list(home)) {
            assertThat(kept.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("replaced-"));
        }
        assertThat(as("admin", ADMIN_PASSWORD, "audit", "verify")).as(err::toString).isZero();
    }
}
