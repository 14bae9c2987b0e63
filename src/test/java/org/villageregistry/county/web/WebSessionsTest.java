package org.villageregistry.county.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.villageregistry.TestClock;
import org.villageregistry.county.store.CountyUsers;

/** The county page's sessions end: 30 minutes without a request, 10 hours after sign-in, or at sign-out. */
class WebSessionsTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-11-20T01:00:00Z"), ZoneOffset.UTC);
    private final WebSessions sessions = new WebSessions(clock);

    @Test
    void aSessionLeftIdleForHalfAnHourEndsAndEachRequestRenewsIt() {
        String token = sessions.start("analyst", CountyUsers.Role.ANALYST).token();
        clock.advance(Duration.ofMinutes(29));
        assertThat(sessions.find(token)).get().extracting(WebSessions.WebSession::user).isEqualTo("analyst");
        clock.advance(Duration.ofMinutes(29));
        assertThat(sessions.find(token)).as("58 minutes after sign-in, 29 after the last request").isPresent();
        clock.advance(Duration.ofMinutes(30).plusSeconds(1));
        assertThat(sessions.find(token)).isEmpty();
        clock.set(clock.instant().minus(Duration.ofMinutes(10)));
        assertThat(sessions.find(token)).as("an ended session is forgotten, not revived").isEmpty();
    }

    @Test
    void aSessionInUseEndsTenHoursAfterSignIn() {
        String token = sessions.start("countyadmin", CountyUsers.Role.ADMINISTRATOR).token();
        for (int i = 0; i < 30; i++) {
            clock.advance(Duration.ofMinutes(20));
            assertThat(sessions.find(token)).as("after %d minutes", (i + 1) * 20).isPresent();
        }
        clock.advance(Duration.ofMinutes(1));
        assertThat(sessions.find(token)).as("10 hours and a minute, though used every 20 minutes").isEmpty();
    }

    @Test
    void signOutEndsOnlyThatSession() {
        String first = sessions.start("analyst", CountyUsers.Role.ANALYST).token();
        String second = sessions.start("analyst", CountyUsers.Role.ANALYST).token();
        assertThat(first).isNotEqualTo(second).hasSize(43);
        sessions.end(first);
        assertThat(sessions.find(first)).isEmpty();
        assertThat(sessions.find(second)).isPresent();
        assertThat(sessions.find(null)).isEmpty();
        assertThat(sessions.find("made-up")).isEmpty();
    }
}
