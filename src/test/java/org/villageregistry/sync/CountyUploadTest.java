package org.villageregistry.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.sync.SyncRecords.OutboxItem;
import org.villageregistry.domain.sync.SyncRecords.OutboxState;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.sync.SyncIdentity;
import org.villageregistry.service.sync.UploadService;
import org.villageregistry.sync.upload.HttpCountyClient;

/** 城关镇 forwards 柳树村's bundle to a county server on 127.0.0.1 that fails, hangs and answers twice. */
class CountyUploadTest {
    @TempDir
    Path temp;
    SyncWorld world;
    HttpServer county;
    String url;
    final AtomicReference<String> mode = new AtomicReference<>("ok");
    final Set<String> held = ConcurrentHashMap.newKeySet();
    final List<String> contentTypes = new CopyOnWriteArrayList<>();

    @BeforeEach
    void countyServer() throws Exception {
        Messages.setLocale(Messages.CHINESE);
        world = new SyncWorld(temp);
        county = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        county.createContext("/bundles", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
            switch (mode.get()) {
                case "fail" -> exchange.sendResponseHeaders(500, -1);
                case "hang" -> sleep();
                default -> {
                    String id = exchange.getRequestHeaders().getFirst("X-Vreg-Item-Id");
                    int status = held.add(id + ":" + body.length) ? 201 : 200;
                    exchange.sendResponseHeaders(status, -1);
                }
            }
            exchange.close();
        });
        county.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        county.start();
        url = "http://127.0.0.1:" + county.getAddress().getPort();
        world.willow.addPerson("王秀英", Sex.FEMALE, LocalDate.of(1990, 1, 1));
        world.township.sync.imports().importOne(world.willow.exportTo(world.stick, false));
    }

    private static void sleep() {
        try {
            Thread.sleep(3_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @AfterEach
    void stop() {
        county.stop(0);
        world.close();
    }

    /** A county that answers gets a generous timeout, so a busy test machine does not turn its answer into a timeout. */
    private UploadService upload(Instant now) {
        return upload(now, Duration.ofSeconds(20));
    }

    private UploadService upload(Instant now, Duration requestTimeout) {
        return new UploadService(new SyncIdentity(world.township.register, new JoseSyncCrypto()),
                Clock.fixed(now, ZoneOffset.UTC), new HttpCountyClient(), requestTimeout);
    }

    private OutboxItem item() {
        return world.township.register.sync().outbox().outbox().get(0);
    }

    @Test
    void aFailingCountyIsRetriedLaterWithLongerWaitsEvenAfterARestart() throws Exception {
        Instant t0 = SyncWorld.CLOCK.instant();
        mode.set("fail");
        List<UploadService.Sent> first = upload(t0).upload(url, false, SyncWorld.QUIET);
        assertThat(first).singleElement().satisfies(s -> assertThat(s.state()).isEqualTo(OutboxState.FAILED));
        assertThat(item().lastError()).get().asString().contains("500");
        Duration firstWait = Duration.between(t0, item().nextAttempt());

        world.township.reopen();
        assertThat(upload(t0.plusSeconds(1)).upload(url, false, SyncWorld.QUIET)).as("not due yet").isEmpty();
        Instant t1 = item().nextAttempt();
        upload(t1).upload(url, false, SyncWorld.QUIET);
        Duration secondWait = Duration.between(t1, item().nextAttempt());
        assertThat(item().attempts()).isEqualTo(2);
        assertThat(secondWait).isEqualTo(firstWait.multipliedBy(2));

        mode.set("ok");
        List<UploadService.Sent> sent = upload(item().nextAttempt()).upload(url, false, SyncWorld.QUIET);
        assertThat(sent).singleElement().satisfies(s -> assertThat(s.status()).isEqualTo(201));
        assertThat(item().state()).isEqualTo(OutboxState.SENT);
        assertThat(item().lastError()).isEmpty();
        assertThat(contentTypes).allMatch("application/jose+json"::equals);
    }

    @Test
    void aCountyThatDoesNotAnswerInTimeCountsAsAFailure() {
        mode.set("hang");
        List<UploadService.Sent> sent = upload(SyncWorld.CLOCK.instant(), Duration.ofMillis(500))
                .upload(url, false, SyncWorld.QUIET);
        assertThat(sent).singleElement().satisfies(s -> {
            assertThat(s.state()).isEqualTo(OutboxState.FAILED);
            assertThat(s.error()).isPresent();
        });
        assertThat(item().state()).isEqualTo(OutboxState.FAILED);
    }

    @Test
    void sendingTheSameBundleTwiceIsHarmlessTheCountySaysItAlreadyHasIt() throws IOException {
        Instant now = SyncWorld.CLOCK.instant();
        assertThat(upload(now).upload(url, false, SyncWorld.QUIET).get(0).status()).isEqualTo(201);
        // the answer was lost: the township sends again
        world.township.register.transactions().write(() -> world.township.register.sync().outbox().updateOutbox(
                item().withAttempt(OutboxState.PENDING, now, java.util.Optional.empty(), java.util.Optional.empty())));
        assertThat(upload(now).upload(url, false, SyncWorld.QUIET).get(0).status()).isEqualTo(200);
        assertThat(item().state()).isEqualTo(OutboxState.SENT);
        assertThat(held).hasSize(1);
    }

    @Test
    void nothingIsSentWhileTheOutboxIsEmptyOfDueItems() {
        Instant now = SyncWorld.CLOCK.instant();
        upload(now).upload(url, false, SyncWorld.QUIET);
        assertThat(upload(now).upload(url, false, SyncWorld.QUIET)).isEmpty();
    }
}
