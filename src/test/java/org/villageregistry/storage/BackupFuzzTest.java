package org.villageregistry.storage;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.ClearRefusal;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.access.BackupService;
import org.villageregistry.sync.SampleRegisters;

/**
 * 李会计 restores whatever file she picks as a backup over 柳树村's register. For any bytes the restore either
 * puts the backup in place or refuses with a Chinese sentence, and a refused restore leaves the register's files
 * exactly as they were. {@link #backupFile} fuzzes the .vrbak file; {@link #backupKeys} fuzzes only its
 * keys.json next to a real encrypted database, so the key file's reading and unwrapping are reached.
 * Seeds and saved crashers: src/test/resources/org/villageregistry/storage/BackupFuzzTestInputs/.
 */
class BackupFuzzTest {
    /** A real backup of an empty register (password in RegisterFixture); its keys.json seeds {@link #backupKeys}. */
    private static final String REAL = "/org/villageregistry/storage/fuzz-register-backup.vrbak";

    @TempDir
    static Path temp;
    static BackupService backups;
    static Path home;
    static Path stick;
    static byte[] database;

    @BeforeAll
    static void aVillageRegisterAndARealBackup() throws IOException {
        Messages.setLocale(Messages.CHINESE);
        H2RegisterStore store = RegisterFixture.store();
        home = temp.resolve("home");
        stick = Files.createDirectories(temp.resolve("usb"));
        RegisterFixture.create(home).close();
        backups = new BackupService(store);
        try (InputStream in = BackupFuzzTest.class.getResourceAsStream(REAL);
             ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(RegisterDatabase.FILE)) {
                    database = zip.readAllBytes();
                }
            }
        }
    }

    @FuzzTest(maxDuration = "2m")
    void backupFile(byte[] content) throws IOException {
        restore(content);
    }

    @FuzzTest(maxDuration = "2m")
    void backupKeys(byte[] keysJson) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(RegisterDatabase.FILE));
            zip.write(database);
            zip.putNextEntry(new ZipEntry(KeyFile.NAME));
            zip.write(keysJson);
        }
        restore(bytes.toByteArray());
    }

    private static void restore(byte[] content) throws IOException {
        Path file = Files.write(stick.resolve("register-410103100001-20261130-161500-000.vrbak"), content);
        String before = digest(home);
        boolean refused = ClearRefusal.readOrRefuse(() ->
                backups.restore(home, file, RegisterFixture.USER, RegisterFixture.PASSWORD.clone())).isPresent();
        if (refused && !digest(home).equals(before)) {
            throw new AssertionError("a refused backup changed the register's files");
        }
        try (var aside = Files.list(home)) {
            aside.filter(p -> p.getFileName().toString().startsWith("replaced-")).forEach(SampleRegisters::delete);
        }
    }

    /** The register's two files as they lie on disk. */
    private static String digest(Path folder) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String name : new String[] {RegisterDatabase.FILE, KeyFile.NAME}) {
                Path f = folder.resolve(name);
                sha.update(Files.exists(f) ? Files.readAllBytes(f) : new byte[0]);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
