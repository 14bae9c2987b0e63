package org.villageregistry.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.villageregistry.storage.RegisterFixture.PASSWORD;
import static org.villageregistry.storage.RegisterFixture.USER;
import static org.villageregistry.storage.RegisterFixture.VILLAGE;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.repository.SignInStep;
import org.villageregistry.domain.repository.SignInTimes;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.domain.workstation.UserRole;

class RegisterStoreTest {
    @TempDir
    Path home;

    @Test
    void aNewWorkstationKeepsItsPersonsAcrossRestarts() {
        UUID id;
        try (Register r = RegisterFixture.create(home)) {
            assertThat(r.workstation().division().value()).isEqualTo(VILLAGE);
            assertThat(r.user().role()).isEqualTo(UserRole.ADMINISTRATOR);
            id = r.transactions().write(() -> r.persons().save(
                    RegisterFixture.person("张秀英", Sex.FEMALE, LocalDate.of(1985, 3, 12)).build())).id();
        }
        assertThat(RegisterFixture.store().exists(home)).isTrue();
        try (Register r = RegisterFixture.open(home)) {
            Person back = r.persons().get(id);
            assertThat(back.name()).isEqualTo("张秀英");
            assertThat(back.version()).isEqualTo(1);
            assertThat(r.workstation().divisionName()).isEqualTo("柳树村");
            assertThat(r.divisions()).extracting(d -> d.name()).containsExactly("柳树村");
        }
    }

    @Test
    void aWrongPasswordIsRefusedClearlyAndChangesNothing() throws Exception {
        RegisterFixture.create(home).close();
        String before = digest(home.resolve("register.mv.db"));
        KeyFile.UserKey keyBefore = KeyFile.read(home).orElseThrow().user(USER).orElseThrow();

        assertThatThrownBy(() -> RegisterFixture.store().open(home, USER, "wrong".toCharArray()))
                .isInstanceOf(RegistryException.class).hasMessageContaining("用户名或密码不对");
        assertThatThrownBy(() -> RegisterFixture.store().open(home, "王五", PASSWORD.clone()))
                .isInstanceOf(RegistryException.class).hasMessageContaining("用户名或密码不对");

        assertThat(digest(home.resolve("register.mv.db"))).isEqualTo(before);
        KeyFile.UserKey keyAfter = KeyFile.read(home).orElseThrow().user(USER).orElseThrow();
        assertThat(keyAfter.wrappedKey()).as("the wrapped key is untouched").isEqualTo(keyBefore.wrappedKey());
        assertThat(keyAfter.failures()).as("only the failed try is counted").isEqualTo(1);
        RegisterFixture.open(home).close();
        assertThat(KeyFile.read(home).orElseThrow().user(USER).orElseThrow().failures()).isZero();
    }

    @Test
    void theDatabaseFileHoldsNoReadableNameIdNumberOrSchema() throws Exception {
        String idNumber = RegisterFixture.idNumber("410103", LocalDate.of(1985, 3, 12), 22);
        try (Register r = RegisterFixture.create(home)) {
            r.transactions().write(() -> r.persons().save(RegisterFixture.person("张秀英", Sex.FEMALE,
                    LocalDate.of(1985, 3, 12)).idNumber(idNumber).build()));
        }
        byte[] raw = Files.readAllBytes(home.resolve("register.mv.db"));
        assertThat(contains(raw, "张秀英".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(contains(raw, idNumber.getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(contains(raw, "CREATE TABLE".getBytes(StandardCharsets.US_ASCII))).isFalse();
        String keys = Files.readString(home.resolve("keys.json"));
        assertThat(keys).doesNotContain("liushu-2026").contains(USER);
        // the check itself works: the same bytes are found where they are readable
        assertThat(contains(keys.getBytes(StandardCharsets.UTF_8), USER.getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    @Test
    void aFolderWhoseDatabaseIsNotOursGetsAClearMessage() throws Exception {
        RegisterFixture.create(home).close();
        byte[] junk = new byte[64 * 1024];
        Arrays.fill(junk, (byte) 'x');
        Files.write(home.resolve("register.mv.db"), junk);

        assertThatThrownBy(() -> RegisterFixture.open(home))
                .isInstanceOf(RegistryException.class).hasMessageContaining("不是本程序的台账");
    }

    @Test
    void aDatabaseFileWithoutItsKeyFileIsNotTakenForARegister(@TempDir Path other) throws Exception {
        Files.write(other.resolve("register.mv.db"), "H2 of someone else".getBytes(StandardCharsets.UTF_8));
        assertThat(RegisterFixture.store().exists(other)).isFalse();
        assertThatThrownBy(() -> RegisterFixture.open(other))
                .isInstanceOf(RegistryException.class).hasMessageContaining("不是本程序的台账");
        assertThatThrownBy(() -> RegisterFixture.create(other))
                .isInstanceOf(RegistryException.class).hasMessageContaining("已有台账");
    }

    @Test
    void aDamagedKeyFileSaysSo() throws Exception {
        RegisterFixture.create(home).close();
        Files.writeString(home.resolve("keys.json"), "{ not json");
        assertThatThrownBy(() -> RegisterFixture.open(home))
                .isInstanceOf(RegistryException.class).hasMessageContaining("keys.json");
    }

    @Test
    void openingTheSameFolderTwiceIsRefusedUntilTheFirstIsClosed() {
        Register first = RegisterFixture.create(home);
        assertThatThrownBy(() -> RegisterFixture.open(home))
                .isInstanceOf(RegistryException.class).hasMessageContaining("台账已在另一个程序中打开");
        first.close();
        RegisterFixture.open(home).close();
    }

    @Test
    void anotherProgramHoldingTheRegisterLocksUsOut() throws Exception {
        RegisterFixture.create(home).close();
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldRegisterOpen.class.getName(), home.toString())
                .redirectErrorStream(true).start();
        try {
            var output = new java.io.BufferedReader(
                    new java.io.InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = output.readLine();
            } while (line != null && !line.equals("open"));
            assertThat(line).as("the other program opened the register").isEqualTo("open");
            assertThatThrownBy(() -> RegisterFixture.open(home))
                    .isInstanceOf(RegistryException.class).hasMessageContaining("台账已在另一个程序中打开");
        } finally {
            holder.getOutputStream().close();
            holder.waitFor();
        }
        RegisterFixture.open(home).close();
    }

    @Test
    void anAddedUserOpensTheSameRegisterWithTheirOwnPassword() {
        UUID id;
        try (Register r = RegisterFixture.create(home)) {
            id = r.transactions().write(() -> r.persons().save(
                    RegisterFixture.person("王芳", Sex.FEMALE, LocalDate.of(1990, 1, 2)).build())).id();
            RegisterFixture.store().addUser(r, "赵登记", UserRole.REGISTRAR, "zhao-pass".toCharArray());
        }
        try (Register r = RegisterFixture.store().open(home, "赵登记", "zhao-pass".toCharArray())) {
            assertThat(r.user().role()).isEqualTo(UserRole.REGISTRAR);
            assertThat(r.persons().get(id).name()).isEqualTo("王芳");
            assertThatThrownBy(() -> RegisterFixture.store().addUser(r, "钱", UserRole.AUDITOR, "x".toCharArray()))
                    .isInstanceOf(RegistryException.class).hasMessageContaining("管理员");
        }
    }

    @Test
    void aPendingMigrationFirstBacksUpTheEncryptedFile(@TempDir Path restored) throws Exception {
        UUID id;
        try (Register r = RegisterFixture.create(home)) {
            id = r.transactions().write(() -> r.persons().save(
                    RegisterFixture.person("王芳", Sex.FEMALE, LocalDate.of(1990, 1, 2)).build())).id();
        }
        H2RegisterStore upgraded = new H2RegisterStore(RegisterFixture.CLOCK,
                List.of(H2RegisterStore.MIGRATIONS, "classpath:db/testmigration"), RegisterFixture.QUICK);

        List<SignInStep> steps = new java.util.ArrayList<>();
        upgraded.open(home, USER, PASSWORD.clone(), steps::add).close();

        assertThat(steps).containsExactly(SignInStep.CHECKING_PASSWORD, SignInStep.OPENING_DATABASE,
                SignInStep.MIGRATING);
        Path backup = home.resolve("backups").resolve("register-before-V999-" + stamp() + ".mv.db");
        assertThat(backup).exists();
        // the backup is the register as it was before V999: today's program (without it) opens it with its data
        Files.copy(backup, restored.resolve("register.mv.db"));
        Files.copy(home.resolve("keys.json"), restored.resolve("keys.json"));
        try (Register old = RegisterFixture.open(restored)) {
            assertThat(old.persons().get(id).name()).isEqualTo("王芳");
        }
        try (var listing = Files.list(home.resolve("backups"))) {
            assertThat(listing.count()).isEqualTo(1);
        }
        // nothing pending any more: no second backup, and no migration step shown
        steps.clear();
        upgraded.open(home, USER, PASSWORD.clone(), steps::add).close();
        assertThat(steps).containsExactly(SignInStep.CHECKING_PASSWORD, SignInStep.OPENING_DATABASE);
        try (var listing = Files.list(home.resolve("backups"))) {
            assertThat(listing.count()).isEqualTo(1);
        }
    }

    @Test
    void aSignInIsTimedStepByStepAndSkipsFlywayWhenTheSchemaIsTheProgramsOwn() {
        RegisterFixture.create(home).close();
        H2RegisterStore upgraded = new H2RegisterStore(RegisterFixture.CLOCK,
                List.of(H2RegisterStore.MIGRATIONS, "classpath:db/testmigration"), RegisterFixture.QUICK);

        SignInTimes first;
        try (Register r = upgraded.open(home, USER, PASSWORD.clone())) {
            first = r.signInTimes().orElseThrow();
        }
        SignInTimes second;
        try (Register r = upgraded.open(home, USER, PASSWORD.clone())) {
            second = r.signInTimes().orElseThrow();
        }

        assertThat(first.flyway()).as("V999 was pending: Flyway ran").isTrue();
        assertThat(second.flyway()).as("the schema is the program's: no Flyway").isFalse();
        assertThat(List.of(second.passwordMs(), second.databaseMs(), second.schemaMs(), second.restMs()))
                .allSatisfy(ms -> assertThat(ms).isPositive());
        assertThat(second.totalMs()).isEqualTo(second.passwordMs() + second.databaseMs() + second.schemaMs()
                + second.restMs());
        // the program without V999 sees a register newer than itself: Flyway decides (and refuses) as before
        assertThat(SchemaVersion.available(List.of(H2RegisterStore.MIGRATIONS)).orElseThrow())
                .contains("1", "2", "3", "5", "6", "7").doesNotContain("999");
    }

    private static String stamp() {
        return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .format(RegisterFixture.CLOCK.instant().atZone(java.time.ZoneId.systemDefault()));
    }

    private static String digest(Path file) throws IOException, java.security.NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
