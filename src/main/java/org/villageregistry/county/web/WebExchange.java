package org.villageregistry.county.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request to the county's pages: its query, form and cookies read with limits, and the answer sent with the
 * headers every page carries (no caching, no framing, no script, styles only from the server itself).
 */
final class WebExchange {
    private static final int MAX_FORM_BYTES = 8 * 1024;
    private static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
            + " frame-ancestors 'none'; base-uri 'none'";

    private final HttpExchange exchange;

    WebExchange(HttpExchange exchange) {
        this.exchange = exchange;
    }

    String method() {
        return exchange.getRequestMethod();
    }

    String path() {
        return exchange.getRequestURI().getPath();
    }

    Optional<String> query(String name) {
        return Optional.ofNullable(pairs(exchange.getRequestURI().getRawQuery()).get(name));
    }

    /** The posted form (application/x-www-form-urlencoded), at most 8 KiB. */
    Map<String, String> form() throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_FORM_BYTES + 1);
        }
        if (body.length > MAX_FORM_BYTES) {
            return Map.of();
        }
        return pairs(new String(body, StandardCharsets.UTF_8));
    }

    Optional<String> cookie(String name) {
        List<String> headers = exchange.getRequestHeaders().get("Cookie");
        if (headers == null) {
            return Optional.empty();
        }
        for (String header : headers) {
            for (String part : header.split(";")) {
                int eq = part.indexOf('=');
                if (eq > 0 && part.substring(0, eq).strip().equals(name)) {
                    return Optional.of(part.substring(eq + 1).strip());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A post from a page of this server: when the browser names the origin, it is this host (a second line of
     * defence beside SameSite cookies and the form's CSRF token).
     */
    boolean sameOrigin() {
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (origin == null) {
            return true;
        }
        return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
    }

    /** Sets a cookie only the server reads (HttpOnly), sent only from this site's own pages (SameSite=Strict). */
    void setCookie(String name, String value, int maxAgeSeconds) {
        boolean tls = "https".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("X-Forwarded-Proto"));
        exchange.getResponseHeaders().add("Set-Cookie", name + "=" + value + "; Path=/; HttpOnly; SameSite=Strict"
                + "; Max-Age=" + maxAgeSeconds + (tls ? "; Secure" : ""));
    }

    void html(int status, String page) throws IOException {
        send(status, page.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
    }

    void redirect(String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        send(303, new byte[0], "text/plain; charset=utf-8");
    }

    /** The file name a download is saved under: {@code ascii} for old browsers, {@code name} in UTF-8. */
    void attachment(String ascii, String name) {
        exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + ascii
                + "\"; filename*=UTF-8''" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20"));
    }

    void send(int status, byte[] body, String type) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type);
        headers.set("Content-Security-Policy", POLICY);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "same-origin");
        headers.set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static Map<String, String> pairs(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String part : raw.split("&")) {
            int eq = part.indexOf('=');
            try {
                if (eq > 0) {
                    out.putIfAbsent(URLDecoder.decode(part.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
                }
            } catch (IllegalArgumentException badEscape) {
                // a malformed pair is left out, as if it had not been sent
            }
        }
        return out;
    }
}
