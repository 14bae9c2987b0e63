package org.villageregistry.county;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
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
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.service.Json;
import org.villageregistry.service.sync.CountyClient;
import org.villageregistry.service.sync.ReceiptService;
import org.villageregistry.service.sync.SyncServices;
import org.villageregistry.service.sync.UploadService;
import org.villageregistry.sync.JoseSyncCrypto;
import org.villageregistry.sync.SyncWorld;
import org.villageregistry.sync.upload.HttpCountyClient;

/**
 * POST /bundles against a real PostgreSQL (one embedded server for the class, a fresh database per test): a
 * township's upload is applied once, and every bad input of issue 13 gets its answer and changes nothing.
 */
class CountyIntakeTest extends CountyIntakeFixture {
    @Test
    void aBundleIsAppliedOnceAndTheSameBytesAgainGetTheSameCountySignedReceipt() throws Exception {
        townshipHoldsABundle("王秀英", "李娜");
        List<UploadService.Sent> sent = uploadAll();
        assertThat(sent).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(201);
            assertThat(s.countyReceiptVerified()).isTrue();
        });
        assertThat(count("select count(*) from record where entity_type = 'person' and village = '410103100001'"
                + " and township = '410103100' and person_name is not null")).isEqualTo(2);
        assertThat(count("select count(*) from inbox where outcome = 'applied' and applied = 2")).isEqualTo(1);
        String before = rows();

        HttpResponse<byte[]> again = post(sentBodies.get(0), sentManifests.get(0));
        assertThat(again.statusCode()).isEqualTo(200);
        HttpResponse<byte[]> third = post(sentBodies.get(0), sentManifests.get(0));
        assertThat(third.body()).isEqualTo(again.body());
        var receipt = new JoseSyncCrypto().readDocument(again.body(), "receipt", ReceiptService.RECEIPT_TYPE,
                List.of(world.township.sync.identity().county().orElseThrow()), world.township.sync.identity().keys());
        assertThat(receipt.signerDivision()).isEqualTo("410103");
        assertThat(Json.mapper().readTree(receipt.payload()).path("outcome").asText()).isEqualTo("applied");
        assertThat(rows()).isEqualTo(before);
        assertThatHistoryIsAppendOnly();
    }

    private void assertThatHistoryIsAppendOnly() throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc); Statement s = c.createStatement()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.execute("delete from record_change"))
                    .hasMessageContaining("append-only");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.execute("update inbox set body = ''::bytea"))
                    .hasMessageContaining("raw bytes");
        }
    }

    @Test
    void theSameIdWithOtherBytesIsAConflictAndChangesNothing() throws Exception {
        townshipHoldsABundle("王秀英");
        uploadAll();
        String before = rows();
        UUID id = world.township.register.sync().outbox().outbox().get(0).itemId();
        byte[] other = (new String(sentBodies.get(0), StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8);
        HttpResponse<byte[]> answer = post(other, manifest(world.township, id, other, "410103100001"));
        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(new String(answer.body(), StandardCharsets.UTF_8)).contains("内容不同");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void tamperedBytesUnknownTownshipsVillagesOutsideAndOversizedBodiesAreRefused() throws Exception {
        townshipHoldsABundle("王秀英");
        byte[] body = world.township.register.sync().outbox().outbox().get(0).content();

        byte[] flipped = body.clone();
        flipped[flipped.length / 2] ^= 0x04;
        HttpResponse<byte[]> tampered = post(flipped, manifest(world.township, UUID.randomUUID(), flipped,
                "410103100001"));
        assertThat(tampered.statusCode()).isEqualTo(422);
        assertThat(post(flipped, manifest(world.township, UUID.randomUUID(), body, "410103100001")).statusCode())
                .as("bytes that are not the ones the township signed for").isEqualTo(400);

        HttpResponse<byte[]> village = post(body, manifest(world.willow, UUID.randomUUID(), body, "410103100001"));
        assertThat(village.statusCode()).as("signed by a village, not an enrolled township").isEqualTo(401);
        assertThat(new String(village.body(), StandardCharsets.UTF_8)).contains("不是来自本县已登记的乡镇");
        assertThat(post(body, null).statusCode()).isEqualTo(401);

        HttpResponse<byte[]> outside = post(body, manifest(world.township, UUID.randomUUID(), body, "410103200001"));
        assertThat(outside.statusCode()).isEqualTo(403);
        assertThat(new String(outside.body(), StandardCharsets.UTF_8)).contains("410103200001");

        byte[] big = new byte[100 * 1024];
        assertThat(post(big, manifest(world.township, UUID.randomUUID(), big, "410103100001")).statusCode())
                .isEqualTo(413);
        assertThat(count("select count(*) from record")).isZero();
        assertThat(count("select count(*) from bundle")).isZero();
    }

    @Test
    void aTownshipTheCountyHasNotEnrolledIsRefusedAndNothingOfItIsKept() throws Exception {
        SyncWorld.Station stranger = world.station(WorkstationRole.TOWNSHIP, "410103300", "石门镇");
        townshipHoldsABundle("王秀英");
        byte[] body = world.township.register.sync().outbox().outbox().get(0).content();

        HttpResponse<byte[]> answer = post(body, manifest(stranger, UUID.randomUUID(), body, "410103300001"));
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(new String(answer.body(), StandardCharsets.UTF_8)).contains("不是来自本县已登记的乡镇");
        assertThat(count("select count(*) from inbox")).as("nothing kept from an unknown sender").isZero();
        assertThat(count("select count(*) from record")).isZero();
    }

    @Test
    void aBundleReplayedUnderAFreshManifestGetsItsFirstReceiptAndChangesNothing() throws Exception {
        townshipHoldsABundle("王秀英");
        uploadAll();
        byte[] captured = sentBodies.get(0);
        HttpResponse<byte[]> first = post(captured, sentManifests.get(0));
        assertThat(first.statusCode()).isEqualTo(200);
        townshipHoldsABundle("李娜");
        assertThat(uploadAll()).singleElement().satisfies(s -> assertThat(s.status()).isEqualTo(201));
        String before = rows();
        long inbox = count("select count(*) from inbox");

        // someone who captured the first upload sends it again later, as a new upload of the township's
        HttpResponse<byte[]> replay = post(captured, manifest(world.township, UUID.randomUUID(), captured,
                "410103100001"));
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.body()).as("the receipt of the first delivery").isEqualTo(first.body());
        assertThat(rows()).isEqualTo(before);
        assertThat(count("select count(*) from inbox")).isEqualTo(inbox);
        assertThat(count("select count(*) from record where entity_type = 'person'")).isEqualTo(2);
    }

    @Test
    void anAnswerNotSignedByTheEnrolledCountyLeavesTheItemToBeSentAgain() throws Exception {
        townshipHoldsABundle("王秀英");
        var village = world.willow.sync.identity();
        byte[] forged = village.crypto().signDocument(ReceiptService.RECEIPT_TYPE,
                Map.of("format", "vreg-county-receipt/1", "issuer", "410103"),
                "{\"outcome\":\"applied\"}".getBytes(StandardCharsets.UTF_8), village.keys(), List.of());
        HttpServer impostor = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        impostor.createContext("/bundles", x -> {
            x.getRequestBody().readAllBytes();
            x.sendResponseHeaders(201, forged.length);
            x.getResponseBody().write(forged);
            x.close();
        });
        impostor.start();
        try {
            String fake = "http://127.0.0.1:" + impostor.getAddress().getPort();
            assertThat(upload(fake, new HttpCountyClient()).upload(fake, true, SyncWorld.QUIET)).singleElement()
                    .satisfies(s -> {
                        assertThat(s.state()).as("a 201 whose receipt the county did not sign").isEqualTo(
                                OutboxState.FAILED);
                        assertThat(s.countyReceiptVerified()).isFalse();
                        assertThat(s.error()).isPresent();
                    });
        } finally {
            impostor.stop(0);
        }
        assertThat(uploadAll()).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(201);
            assertThat(s.countyReceiptVerified()).isTrue();
        });
    }

    @Test
    void aBodyOverTheLimitSentInChunksWithoutItsLengthIsRefused() throws Exception {
        byte[] big = new byte[100 * 1024];
        HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/bundles"))
                .timeout(Duration.ofSeconds(30)).header(UploadService.MANIFEST_HEADER,
                        manifest(world.township, UUID.randomUUID(), big, "410103100001"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))).build();
        HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(chunked, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("超过");
        assertThat(count("select count(*) from inbox")).isZero();
    }

    @Test
    void aVillagesSecondBundleBeforeItsFirstIsRefusedAsAGapAndAppliedOnceTheFirstHasCome() throws Exception {
        townshipHoldsABundle("王秀英");
        // the township's receipt reaches the village, so its next bundle carries only what came after the first
        world.willow.sync.imports().importOne(world.township.sync.receipts().write(world.willow.code(), world.stick)
                .file());
        townshipHoldsABundle("李娜");
        List<OutboxItem> held = world.township.register.sync().outbox().outbox().stream()
                .filter(i -> i.kind().equals("bundle")).toList();
        assertThat(held).hasSize(2);
        String first = held.get(0).itemId().toString();
        HttpCountyClient real = new HttpCountyClient();
        url = "http://127.0.0.1:" + server.port();

        List<UploadService.Sent> early = upload(url, (base, id, content, manifest, timeout) -> {
            if (id.equals(first)) {
                throw new java.io.IOException("the first bundle is lost on the way");
            }
            return real.post(base, id, content, manifest, timeout);
        }).upload(url, true, SyncWorld.QUIET);

        UploadService.Sent second = early.stream().filter(e -> e.fileName().equals(held.get(1).fileName()))
                .findFirst().orElseThrow();
        assertThat(second.state()).isEqualTo(OutboxState.FAILED);
        assertThat(second.error()).get().asString().contains("HTTP 422").contains("缺少前面的数据包");
        assertThat(count("select count(*) from record")).as("nothing of the second applied").isZero();
        assertThat(uploadAll()).extracting(UploadService.Sent::state).containsOnly(OutboxState.SENT);
        assertThat(count("select count(*) from record where entity_type = 'person' and village = '410103100001'"))
                .isEqualTo(2);
    }

    @Test
    void aBundleNotEncryptedToTheCountyIsKeptInTheInboxAndRefusedWithAReason() throws Exception {
        world.poplar.addPerson("赵敏", Sex.FEMALE, LocalDate.of(1992, 3, 3));
        world.township.sync.imports().importOne(world.poplar.exportTo(world.stick, false));

        List<UploadService.Sent> sent = uploadAll();
        assertThat(sent).singleElement().satisfies(s -> {
            assertThat(s.state()).isEqualTo(OutboxState.FAILED);
            assertThat(s.error()).get().asString().contains("422");
        });
        assertThat(count("select count(*) from inbox where village = '410103100002' and outcome = 'refused'"))
                .as("the raw bytes are kept to be applied again once the village re-sends").isEqualTo(1);
        assertThat(count("select count(*) from record")).isZero();
    }

    @Test
    void theSameBundleUploadedTwiceAtOnceIsAppliedExactlyOnce() throws Exception {
        townshipHoldsABundle("王秀英", "李娜", "张丽");
        OutboxItem item = world.township.register.sync().outbox().outbox().get(0);
        uploadAll();
        // a fresh county database would be needed to race the first delivery; race re-deliveries of a new item
        townshipHoldsABundle("刘洋");
        OutboxItem second = world.township.register.sync().outbox().outbox().stream()
                .filter(i -> !i.itemId().equals(item.itemId())).findFirst().orElseThrow();
        String manifest = manifest(world.township, second.itemId(), second.content(), "410103100001");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<Integer> call = () -> post(second.content(), manifest).statusCode();
                answers.add(pool.submit(call));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : answers) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsOnly(201, 200).containsOnlyOnce(201);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("select count(*) from bundle")).isEqualTo(2);
        assertThat(count("select count(*) from record where entity_type = 'person'")).isEqualTo(4);
    }

    @Test
    void aCountyWhoseDatabaseIsDownAnswers503AndTheOutboxSucceedsLater() throws Exception {
        townshipHoldsABundle("王秀英");
        server.close();
        try (CountyDatabase down = CountyDatabase.server("jdbc:postgresql://127.0.0.1:9/none?connectTimeout=2")) {
            server = County.serve(down, county.intake(home, new CountyStore(down), 1 << 20), "127.0.0.1", 0, false);
            List<UploadService.Sent> failed = uploadAll();
            assertThat(failed).singleElement().satisfies(s -> {
                assertThat(s.state()).isEqualTo(OutboxState.FAILED);
                assertThat(s.error()).get().asString().contains("503");
            });
            server.close();
        }
        server = serve(1 << 20);
        assertThat(uploadAll()).singleElement().satisfies(s -> assertThat(s.status()).isEqualTo(201));
        assertThat(count("select count(*) from record")).isEqualTo(1);
    }

    @Test
    void theStatisticsApiAnswersOnlyASignedInCountyUser() throws Exception {
        townshipHoldsABundle("王秀英", "李娜");
        uploadAll();
        server.close();
        server = County.serve(home, database, county.intake(home, new CountyStore(database), 1 << 20), "127.0.0.1", 0,
                false, SyncWorld.CLOCK);
        HttpClient http = HttpClient.newHttpClient();
        URI api = URI.create("http://127.0.0.1:" + server.port() + "/api/stats?period=2026");
        assertThat(http.send(HttpRequest.newBuilder(api).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(401);
        String wrong = Base64.getEncoder().encodeToString("admin:wrong".getBytes(StandardCharsets.UTF_8));
        assertThat(http.send(HttpRequest.newBuilder(api).header("Authorization", "Basic " + wrong).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        String right = Base64.getEncoder().encodeToString("admin:county-pw-2026".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> stats = http.send(HttpRequest.newBuilder(api).header("Authorization", "Basic " + right)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(stats.statusCode()).isEqualTo(200);
        var json = Json.mapper().readTree(stats.body());
        assertThat(json.path("divisionCode").asText()).isEqualTo("410103");
        assertThat(json.path("townships").get(0).path("divisionCode").asText()).isEqualTo("410103100");
        assertThat(json.path("total").path("populationEnd").asLong()).isEqualTo(2);
        HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/api/stats?period=2026-13")).header("Authorization", "Basic " + right).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("2026-13");
    }
}
