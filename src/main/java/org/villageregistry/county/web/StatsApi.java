package org.villageregistry.county.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.villageregistry.county.store.CountyStore;
import org.villageregistry.county.store.CountyUsers;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.service.Json;

/**
 * {@code GET /api/stats?period=YYYY-MM|YYYY-Qn|YYYY}: the county's statistics as JSON (the shape of
 * {@code vreg county stats --format json}) for a county user: one signed in on the pages (their session), or a
 * program that signs in with HTTP Basic over the county's TLS proxy (Argon2id-checked against the county's users,
 * with the same lockout as the pages).
 */
public final class StatsApi implements HttpHandler {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StatsApi.class);

    private final CountyUsers users;
    private final Function<Period, Object> statistics;
    private final Clock clock;
    private final Predicate<HttpExchange> signedInOnThePages;

    /** {@code signedInOnThePages}: whether the request carries a live session of the pages. */
    public StatsApi(CountyUsers users, Function<Period, Object> statistics, Clock clock,
                    Predicate<HttpExchange> signedInOnThePages) {
        this.users = users;
        this.statistics = statistics;
        this.clock = clock;
        this.signedInOnThePages = signedInOnThePages;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                answer(exchange);
            } catch (CountyStore.DatabaseUnavailable e) {
                // an answer, not a dropped connection: the program asking may try again later
                LOG.warn("GET /api/stats without the database: {}", e.getMessage());
                exchange.getResponseHeaders().set("Retry-After", "30");
                send(exchange, 503, Messages.get(Messages.CHINESE, "county.web.databaseDown"),
                        "text/plain; charset=utf-8");
            }
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod())) {
            send(exchange, 405, "GET", "text/plain; charset=utf-8");
            return;
        }
        if (!signedInOnThePages.test(exchange)
                && signedIn(exchange.getRequestHeaders().getFirst("Authorization")).isEmpty()) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"vreg county\", charset=\"UTF-8\"");
            send(exchange, 401, Messages.get(Messages.CHINESE, "county.web.signIn"), "text/plain; charset=utf-8");
            return;
        }
        String period = query(exchange.getRequestURI().getRawQuery(), "period").orElse("");
        if (period.isBlank()) {
            send(exchange, 400, Messages.get(Messages.CHINESE, "county.web.periodMissing"),
                    "text/plain; charset=utf-8");
            return;
        }
        Period asked;
        try {
            asked = Period.parse(period);
        } catch (RegistryException | IllegalArgumentException | java.time.DateTimeException e) {
            send(exchange, 400, Messages.get(Messages.CHINESE, "county.web.badPeriod", period),
                    "text/plain; charset=utf-8");
            return;
        }
        Object report = statistics.apply(asked); // the database down: 503, from handle
        send(exchange, 200, Json.mapper().writeValueAsString(report), "application/json; charset=utf-8");
    }

    private Optional<CountyUsers.Role> signedIn(String authorization) {
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return Optional.empty();
        }
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = pair.indexOf(':');
        if (colon < 1) {
            return Optional.empty();
        }
        return users.check(pair.substring(0, colon), pair.substring(colon + 1).toCharArray(), clock.instant());
    }

    private static Optional<String> query(String raw, String name) {
        if (raw == null) {
            return Optional.empty();
        }
        for (String part : raw.split("&")) {
            int eq = part.indexOf('=');
            if (eq > 0 && part.substring(0, eq).equals(name)) {
                return Optional.of(URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    private static void send(HttpExchange exchange, int status, String body, String type) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
