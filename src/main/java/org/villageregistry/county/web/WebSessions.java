package org.villageregistry.county.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.villageregistry.county.store.CountyUsers;

/**
 * The signed-in analysts, held in the server's memory (a restart signs everyone out): a session is named by a
 * random 256-bit token in an HttpOnly, SameSite=Strict cookie, carries its own CSRF token for the forms, and ends
 * at sign-out, after {@link #IDLE} without a request, or {@link #LONGEST} after sign-in.
 */
final class WebSessions {
    static final Duration IDLE = Duration.ofMinutes(30);
    static final Duration LONGEST = Duration.ofHours(10);

    /** One signed-in analyst. */
    record WebSession(String token, String user, CountyUsers.Role role, String csrf, Instant signedInAt,
                      Instant lastSeen) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, WebSession> sessions = new ConcurrentHashMap<>();
    private final Clock clock;

    WebSessions(Clock clock) {
        this.clock = clock;
    }

    static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    WebSession start(String user, CountyUsers.Role role) {
        Instant now = clock.instant();
        WebSession s = new WebSession(token(), user, role, token(), now, now);
        sessions.put(s.token(), s);
        return s;
    }

    /** The live session of a token, its idle time renewed; an expired one is forgotten. */
    Optional<WebSession> find(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        WebSession s = sessions.get(token);
        if (s == null) {
            return Optional.empty();
        }
        if (now.isAfter(s.lastSeen().plus(IDLE)) || now.isAfter(s.signedInAt().plus(LONGEST))) {
            sessions.remove(token);
            return Optional.empty();
        }
        WebSession seen = new WebSession(s.token(), s.user(), s.role(), s.csrf(), s.signedInAt(), now);
        sessions.put(token, seen);
        return Optional.of(seen);
    }

    void end(String token) {
        if (token != null) {
            sessions.remove(token);
        }
        Instant now = clock.instant();
        sessions.values().removeIf(s -> now.isAfter(s.lastSeen().plus(IDLE)));
    }
}
