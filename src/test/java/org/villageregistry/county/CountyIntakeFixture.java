package org.villageregistry.county;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.county.store.CountyDatabase;
import org.villageregistry.county.store.CountyStore;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.sync.SyncRecords.OutboxItem;
import org.villageregistry.domain.sync.SyncRecords.OutboxState;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.Json;
import org.villageregistry.service.sync.CountyClient;
import org.villageregistry.service.sync.ReceiptService;
import org.villageregistry.service.sync.SyncServices;
import org.villageregistry.service.sync.UploadService;
import org.villageregistry.sync.JoseSyncCrypto;
import org.villageregistry.sync.SyncWorld;
import org.villageregistry.sync.upload.HttpCountyClient;

/**
 * A county on a real PostgreSQL (one embedded server per test class, a fresh database per test) whose intake is
 * served, with the sync world's township (城关镇 and its villages 柳树村 and 杨庄村) enrolled both ways; helpers to
 * post bytes and manifests of the test's choosing and to count what PostgreSQL holds.
 */
abstract class CountyIntakeFixture {
    static final AtomicInteger DATABASES = new AtomicInteger();

    @TempDir
    static Path shared;

    static CountyDatabase postgres;

    @TempDir
    Path temp;

    SyncWorld world;
    County county;
    CountyHome home;
    CountyDatabase database;
    County.Running server;
    String url;
    String jdbc;
    final List<byte[]> sentBodies = new ArrayList<>();
    final List<String> sentManifests = new ArrayList<>();

    @BeforeAll
    static void startPostgres() {
        postgres = CountyDatabase.embedded(shared.resolve("pg"));
    }

    @AfterAll
    static void stopPostgres() {
        postgres.close();
    }

    @BeforeEach
    void county() throws Exception {
        Messages.setLocale(Messages.CHINESE);
        String name = "county" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(postgres.embeddedJdbcUrl()); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        jdbc = postgres.embeddedJdbcUrl().replace("/postgres?", "/" + name + "?");
        world = new SyncWorld(temp);
        county = new County(new JoseSyncCrypto(), SyncWorld.CLOCK, (folder, file, content) -> {
            try {
                return Files.write(folder.resolve(file), content);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        county.init(temp.resolve("county"), "410103", "示范县",
                new County.Database(Optional.of(jdbc), Optional.empty()), "admin", "county-pw-2026".toCharArray());
        home = county.open(temp.resolve("county"));
        Path enrol = county.exportEnrolment(home.folder(), Files.createDirectories(temp.resolve("from-county"))).file();
        for (SyncWorld.Station s : List.of(world.township, world.willow)) { // poplar seals for its township only
            s.sync.enrolment().importFile(enrol, false);
        }
        county.importEnrolment(home.folder(), world.township.sync.enrolment()
                .export(Files.createDirectories(temp.resolve("from-town"))).file());
        database = CountyDatabase.server(jdbc);
        server = serve(64 * 1024);
    }

    County.Running serve(long maxBytes) {
        return County.serve(database, county.intake(home, new CountyStore(database), maxBytes), "127.0.0.1", 0,
                false);
    }

    @AfterEach
    void stop() {
        server.close();
        database.close();
        world.close();
    }

    /** The willow village's person travels to the township, whose outbox then holds the bundle. */
    void townshipHoldsABundle(String... names) {
        for (String n : names) {
            world.willow.addPerson(n, Sex.FEMALE, LocalDate.of(1990, 1, 1));
        }
        world.township.sync.imports().importOne(world.willow.exportTo(world.stick, false));
    }

    UploadService upload(String to, CountyClient client) {
        return new SyncServices(world.township.register, SyncWorld.CLOCK, new JoseSyncCrypto(),
                (f, n, c) -> f.resolve(n), client).upload();
    }

    /** The real client, remembering what it sent. */
    CountyClient recording() {
        HttpCountyClient real = new HttpCountyClient();
        return (base, id, content, manifest, timeout) -> {
            sentBodies.add(content);
            sentManifests.add(manifest);
            return real.post(base, id, content, manifest, timeout);
        };
    }

    List<UploadService.Sent> uploadAll() {
        url = "http://127.0.0.1:" + server.port();
        return upload(url, recording()).upload(url, true, SyncWorld.QUIET);
    }

    HttpResponse<byte[]> post(byte[] body, String manifest) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/bundles"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/jose+json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (manifest != null) {
            r.header(UploadService.MANIFEST_HEADER, manifest);
        }
        return HttpClient.newHttpClient().send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A manifest signed by the given workstation's key, for bytes and claims the test chooses. */
    String manifest(SyncWorld.Station signer, UUID itemId, byte[] body, String village) {
        var m = Json.mapper().createObjectNode().put("format", UploadService.UPLOAD_FORMAT)
                .put("township", signer.code()).put("itemId", itemId.toString()).put("kind", "bundle")
                .put("fileName", village + "_000001_20261130-0815.vrb.json").put("sha256", UploadService.sha256(body))
                .put("village", village);
        var identity = signer.sync.identity();
        byte[] signed = identity.crypto().signDocument(UploadService.UPLOAD_TYPE,
                Map.of("format", UploadService.UPLOAD_FORMAT, "issuer", signer.code()),
                m.toString().getBytes(StandardCharsets.UTF_8), identity.keys(), List.of());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
    }

    long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    String rows() throws Exception {
        return count("select count(*) from record") + " records, " + count("select count(*) from record_change")
                + " changes, " + count("select count(*) from bundle") + " bundles, "
                + count("select count(*) from quarantine") + " quarantined";
    }
}
