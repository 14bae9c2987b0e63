package org.villageregistry.county;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.villageregistry.county.store.CountyDatabase;
import org.villageregistry.county.store.CountyStore;
import org.villageregistry.domain.sync.SyncRecords.OutboxItem;
import org.villageregistry.domain.sync.SyncRecords.OutboxState;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.service.sync.UploadService;
import org.villageregistry.sync.SyncWorld;

/**
 * The faults of issue 13 against real PostgreSQL servers: a bundle sent by two townships at once, PostgreSQL
 * stopped while a bundle is being applied, and clients that send their upload too slowly.
 */
class CountyFaultsTest extends CountyIntakeFixture {

    @Test
    void twoTownshipsUploadingTheSameVillageBundleAtOnceHaveItAppliedExactlyOnce() throws Exception {
        SyncWorld.Station hedong = world.station(WorkstationRole.TOWNSHIP, "410103200", "河东乡");
        county.importEnrolment(home.folder(), hedong.sync.enrolment()
                .export(Files.createDirectories(temp.resolve("from-hedong"))).file());
        townshipHoldsABundle("王秀英", "李娜");
        OutboxItem item = world.township.register.sync().outbox().outbox().get(0);
        byte[] bytes = item.content();

        // 河东乡 got hold of 柳树村's bundle and sends it first, as if it were one of its own villages'
        assertThat(post(bytes, manifest(hedong, UUID.randomUUID(), bytes, "410103200001")).statusCode())
                .isEqualTo(422);
        CompletableFuture<List<UploadService.Sent>> rightful = CompletableFuture.supplyAsync(this::uploadAll);
        List<CompletableFuture<Integer>> others = new ArrayList<>();
        for (String claimed : List.of("410103100001", "410103200001", "410103100001", "410103200001")) {
            String m = manifest(hedong, UUID.randomUUID(), bytes, claimed);
            others.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return post(bytes, m).statusCode();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        assertThat(rightful.get(60, TimeUnit.SECONDS)).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(201);
            assertThat(s.countyReceiptVerified()).isTrue();
        });
        List<Integer> refused = new ArrayList<>();
        for (CompletableFuture<Integer> f : others) {
            refused.add(f.get(60, TimeUnit.SECONDS));
        }
        assertThat(refused).as("outside its division: 403; claimed as its own: refused").containsExactly(403, 422,
                403, 422);
        assertThat(count("select count(*) from bundle")).isEqualTo(1);
        assertThat(count("select count(*) from record where entity_type = 'person' and township = '410103100'"))
                .isEqualTo(2);
        assertThat(count("select count(*) from record")).isEqualTo(2);
        assertThat(count("select count(*) from inbox where township = '410103200' and outcome = 'refused'"))
                .as("河东乡's upload is kept, refused").isEqualTo(1);
    }

    @Test
    void postgresStoppedInTheMiddleOfAnImportLeavesNothingHalfWrittenAndTheOutboxSucceedsAfterTheRestart()
            throws Exception {
        Path data = temp.resolve("pg-that-stops");
        EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start();
        int port = pg.getPort();
        jdbc = pg.getJdbcUrl("postgres", "postgres");
        CountyDatabase stopping = CountyDatabase.server(jdbc).migrate();
        try {
            CountyStore store = new CountyStore(stopping);
            new CountyStore(database).enrolments().forEach(e -> store.saveEnrolment(e, "410103"));
            server.close();
            server = County.serve(stopping, county.intake(home, store, 1 << 20), "127.0.0.1", 0, false);
            townshipHoldsABundle("王秀英", "李娜", "张丽");

            Connection blocker = DriverManager.getConnection(jdbc);
            blocker.setAutoCommit(false);
            try (Statement s = blocker.createStatement()) {
                s.execute("lock table bundle in exclusive mode"); // the import writes its records, then waits here
            }
            CompletableFuture<List<UploadService.Sent>> upload = CompletableFuture.supplyAsync(this::uploadAll);
            waitForTheImportToHaveWrittenRecords(blocker);
            pg.close();
            closeQuietly(blocker);

            assertThat(upload.get(60, TimeUnit.SECONDS)).singleElement().satisfies(s -> {
                assertThat(s.state()).isEqualTo(OutboxState.FAILED);
                assertThat(s.error()).get().asString().contains("503");
            });
            var down = post(sentBodies.get(0), sentManifests.get(0));
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(new String(down.body(), StandardCharsets.UTF_8)).contains("县级数据库暂时不可用");

            pg = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
            assertThat(rows()).isEqualTo("0 records, 0 changes, 0 bundles, 0 quarantined");
            assertThat(count("select count(*) from inbox where outcome is null and kind = 'bundle'"))
                    .as("the raw bytes were kept before the import began").isEqualTo(1);

            assertThat(uploadAll()).singleElement().satisfies(s -> {
                assertThat(s.state()).isEqualTo(OutboxState.SENT);
                assertThat(s.countyReceiptVerified()).isTrue();
            });
            assertThat(rows()).isEqualTo("3 records, 3 changes, 1 bundles, 0 quarantined");
        } finally {
            server.close();
            stopping.close();
            pg.close();
        }
    }

    /** Until the import's transaction holds written rows of {@code record} and waits for the lock on bundle. */
    private static void waitForTheImportToHaveWrittenRecords(Connection blocker) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (Statement s = blocker.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet r = s.executeQuery("select count(*) from pg_locks l join pg_class c on c.oid ="
                        + " l.relation join pg_stat_activity a on a.pid = l.pid where c.relname = 'record' and"
                        + " l.mode = 'RowExclusiveLock' and l.granted and a.wait_event_type = 'Lock'")) {
                    r.next();
                    if (r.getLong(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError("the import never got as far as writing its records");
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (java.sql.SQLException gone) {
            // the server that held it has stopped
        }
    }

    @Test
    void slowClientsAreCutOffAndDoNotHoldUpOtherTownshipsUploads() throws Exception {
        townshipHoldsABundle("王秀英");
        server.close();
        // the request time limit is the JDK server's, fixed once per JVM: the county runs as its own process
        String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
        Process county = new ProcessBuilder(java, "-Dsun.net.httpserver.maxReqTime=2", "-cp",
                System.getProperty("java.class.path"), "org.villageregistry.app.Launcher", "county", "serve",
                "--home", home.folder().toString(), "--port", "0").redirectErrorStream(true).start();
        try {
            int port = servedPort(county);
            List<Socket> slow = new ArrayList<>();
            long opened = System.nanoTime();
            for (int i = 0; i < 3; i++) {
                Socket s = new Socket("127.0.0.1", port);
                OutputStream out = s.getOutputStream();
                out.write(("POST /bundles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/jose+json\r\n"
                        + "Content-Length: 100000\r\n\r\n{\"payload\":").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                slow.add(s);
            }
            String url = "http://127.0.0.1:" + port;
            long before = System.nanoTime();
            assertThat(upload(url, recording()).upload(url, true, SyncWorld.QUIET)).singleElement()
                    .satisfies(s -> assertThat(s.status()).isEqualTo(201));
            assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - before)).as("not held up").isLessThan(10);
            for (Socket s : slow) {
                assertThat(cutOff(s)).as("the server closed the slow upload").isTrue();
            }
            assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - opened)).isBetween(1L, 20L);
            assertThat(count("select count(*) from record")).isEqualTo(1);
        } finally {
            county.destroy();
            county.waitFor(30, TimeUnit.SECONDS);
        }
    }

    static int servedPort(Process county) throws Exception {
        Pattern served = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");
        StringBuffer seen = new StringBuffer();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(county.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    seen.append(line).append('\n');
                    Matcher m = served.matcher(line);
                    if (m.find()) {
                        port.complete(Integer.parseInt(m.group(1)));
                    }
                }
                port.completeExceptionally(new IllegalStateException("the county server ended:\n" + seen));
            } catch (java.io.IOException e) {
                port.completeExceptionally(e);
            }
        }, "county-process-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return port.get(150, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the county server did not start within 150 s; it printed:\n" + seen, e);
        }
    }

    /** True when the server ends the connection (closed, reset, or answered) within 15 seconds. */
    private static boolean cutOff(Socket s) throws Exception {
        s.setSoTimeout(15_000);
        try (s; InputStream in = s.getInputStream()) {
            while (in.read() >= 0) {
                // an answer (408, say) is read to its end
            }
            return true;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (SocketException reset) {
            return true;
        }
    }
}
