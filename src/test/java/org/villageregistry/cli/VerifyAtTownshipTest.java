package org.villageregistry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.Json;
import org.villageregistry.service.sync.SyncCrypto;
import org.villageregistry.service.sync.SyncIdentity;
import org.villageregistry.sync.SyncWorld;

/**
 * 城关镇's clerk checks a stick before importing: a genuine bundle of 柳树村 that was sealed for another township
 * (410103200) is valid, and vreg verify says it cannot be imported here instead of only "有效".
 */
class VerifyAtTownshipTest {
    @TempDir
    Path temp;
    StringWriter out;
    StringWriter err;

    @BeforeEach
    void chinese() {
        Messages.setLocale(Messages.CHINESE);
    }

    @Test
    void aValidBundleForAnotherTownshipIsNamedAsSuch() throws Exception {
        Path township;
        Path elsewhere;
        Path ours;
        try (SyncWorld world = new SyncWorld(temp.resolve("world"))) {
            world.willow.addPerson("张伟", Sex.MALE, LocalDate.of(1985, 6, 1));
            ours = world.willow.exportTo(Files.createDirectories(temp.resolve("ours")), false);
            elsewhere = sealedFor(world.willow.sync.identity(), "410103200", temp.resolve("elsewhere"));
            township = world.township.home;
        }

        assertThat(verify(township, elsewhere.toString())).isZero();
        assertThat(out.toString()).contains("有效").contains("410103200").contains("不是发给本乡镇（410103100）");
        assertThat(verify(township, elsewhere.toString(), "--format", "json")).isZero();
        JsonNode json = Json.mapper().readTree(out.toString());
        assertThat(json.path("addressedHere").asBoolean(true)).isFalse();
        assertThat(json.path("note").asText()).contains("410103200");

        assertThat(verify(township, ours.toString())).isZero();
        assertThat(out.toString()).contains("有效").doesNotContain("不是发给本乡镇");
        assertThat(verify(township, ours.toString(), "--format", "json")).isZero();
        assertThat(Json.mapper().readTree(out.toString()).path("addressedHere").asBoolean(false)).isTrue();
    }

    private static Path sealedFor(SyncIdentity village, String audience, Path folder) throws Exception {
        Files.createDirectories(folder);
        List<Change> changes = village.register().changes().after(0, 1000);
        return village.crypto().writeBundle(folder, new SyncCrypto.BundleRequest(village.register().workstation(),
                audience, 1, false, changes, changes.get(changes.size() - 1).hash(),
                SyncWorld.CLOCK.instant()), village.keys(), List.of(village.township())).file();
    }

    private int verify(Path home, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        String[] all = new String[args.length + 1];
        all[0] = "verify";
        System.arraycopy(args, 0, all, 1, args.length);
        CliContext context = new CliContext(Map.of("VREG_PASSWORD", "pw-2026"), new ByteArrayInputStream(new byte[0]),
                new PrintWriter(out), new PrintWriter(err), SyncWorld.CLOCK, home, question -> Optional.empty());
        return Vreg.run(all, org.villageregistry.app.TestSessions.program(
                org.villageregistry.storage.TestStores.quick(SyncWorld.CLOCK), context.clock()), context);
    }
}
