package org.villageregistry.county.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The county's embedded PostgreSQL asks every connection for its password (a new folder, and one made by an
 * earlier version that trusted local users), and makes its writes durable.
 */
class EmbeddedCountyDatabaseTest {
    @TempDir
    Path temp;

    @Test
    void aNewFolderAsksEveryConnectionForThePasswordAndWritesDurably() throws Exception {
        Path folder = temp.resolve("pg");
        try (CountyDatabase db = CountyDatabase.embedded(folder)) {
            String url = db.embeddedJdbcUrl();
            assertThat(url).contains("&password=");
            refusedWithoutPassword(url);

            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                assertThat(setting(s, "fsync")).isEqualTo("on");
                assertThat(setting(s, "synchronous_commit")).isEqualTo("on");
            }
            try (Connection c = db.connection()) {
                assertThat(c.isValid(2)).as("the pool gives the password").isTrue();
            }
        }
        Path secret = EmbeddedSecret.file(folder);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
        assertThat(rules(folder)).isNotEmpty().allMatch(l -> l.endsWith("scram-sha-256"));

        try (CountyDatabase again = CountyDatabase.embedded(folder); Connection c = again.connection()) {
            assertThat(c.isValid(2)).as("started again with the kept password").isTrue();
        }
    }

    @Test
    void aFolderMadeByAnEarlierVersionThatTrustedLocalUsersGetsThePasswordAtItsFirstStart() throws Exception {
        Path folder = temp.resolve("old-pg");
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(folder).setCleanDataDirectory(false)
                .start(); Connection c = old.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (n int)");
            s.execute("INSERT INTO kept VALUES (42)");
        }
        assertThat(Files.readString(folder.resolve("pg_hba.conf"))).contains("trust");

        try (CountyDatabase db = CountyDatabase.embedded(folder)) {
            String url = db.embeddedJdbcUrl();
            refusedWithoutPassword(url);
            try (Connection c = db.connection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT n FROM kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).as("the data is the folder's own").isEqualTo(42);
            }
        }
        assertThat(rules(folder)).isNotEmpty().allMatch(l -> l.endsWith("scram-sha-256"));
    }

    @Test
    void aPostgresLeftRunningByAKilledServerIsStoppedBeforeTheNextStartAndADeadOneIsSeen() throws Exception {
        Path folder = temp.resolve("pg");
        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-cp",
                System.getProperty("java.class.path"), EmbeddedCountyChild.class.getName(), folder.toString())
                .redirectErrorStream(true).start();
        try (java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(
                child.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("started")) {
                // PostgreSQL's own start-up lines
            }
            assertThat(line).as("the child started its PostgreSQL").isEqualTo("started");
        }
        ProcessHandle left = CountyDatabase.postmaster(folder).orElseThrow();
        child.destroyForcibly().waitFor();
        assertThat(left.isAlive()).as("kill -9 of the server leaves its PostgreSQL running").isTrue();

        try (CountyDatabase db = CountyDatabase.embedded(folder); Connection c = db.connection()) {
            assertThat(c.isValid(2)).isTrue();
            assertThat(left.isAlive()).as("the left-over one was stopped").isFalse();
            assertThat(db.alive()).isTrue();
            ProcessHandle running = CountyDatabase.postmaster(folder).orElseThrow();
            running.destroyForcibly();
            running.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(db.alive()).as("a server sees its PostgreSQL is gone").isFalse();
        } catch (RuntimeException closingWhatIsGone) {
            // closing a database whose PostgreSQL was killed may complain; the checks above are what count
            assertThat(closingWhatIsGone).hasMessageContaining(folder.getFileName().toString());
        }
    }

    /** The lines of pg_hba.conf that are rules, not comments. */
    private static java.util.List<String> rules(Path folder) throws java.io.IOException {
        return Files.readAllLines(folder.resolve("pg_hba.conf")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static void refusedWithoutPassword(String url) {
        String withoutPassword = url.replaceAll("&password=[^&]*", "");
        assertThatThrownBy(() -> DriverManager.getConnection(withoutPassword).close())
                .isInstanceOf(SQLException.class).hasMessageContaining("password");
        assertThatThrownBy(() -> DriverManager.getConnection(withoutPassword + "&password=guess").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("password");
    }

    private static String setting(Statement s, String name) throws SQLException {
        try (ResultSet rs = s.executeQuery("SHOW " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
