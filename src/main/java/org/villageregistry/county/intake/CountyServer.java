package org.villageregistry.county.intake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.sync.UploadService;

/**
 * The county's HTTP face on the JDK's own server: {@code POST /bundles} for the townships, and whatever pages
 * are added with {@link #route}. Limits: the body ({@link IntakeService#maxBytes}, 413 beyond), the number of
 * request headers and the time a request may take ({@code sun.net.httpserver.maxReqTime}, so a slow client is
 * cut off). TLS is terminated in front of it where the county needs it (bundles are signed and encrypted end
 * to end anyway).
 */
public final class CountyServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CountyServer.class);

    static {
        System.setProperty("sun.net.httpserver.maxReqTime",
                System.getProperty("sun.net.httpserver.maxReqTime", "60"));
        System.setProperty("sun.net.httpserver.maxRspTime",
                System.getProperty("sun.net.httpserver.maxRspTime", "120"));
        System.setProperty("sun.net.httpserver.maxReqHeaders",
                System.getProperty("sun.net.httpserver.maxReqHeaders", "64"));
    }

    private final HttpServer http;
    private final ExecutorService workers;

    public CountyServer(InetSocketAddress address, IntakeService intake) throws IOException {
        this.http = HttpServer.create(address, 64);
        this.workers = Executors.newFixedThreadPool(8);
        http.setExecutor(workers);
        http.createContext("/bundles", exchange -> {
            try (exchange) {
                if (!"POST".equals(exchange.getRequestMethod())) {
                    send(exchange, Reply.text(405, "POST"));
                    return;
                }
                byte[] body = readAtMost(exchange, intake.maxBytes());
                if (body == null) {
                    // read what the sender is still sending, so it is there to read the refusal (a reply before the
                    // body is read may reach it as a reset connection instead)
                    drain(exchange, DRAINED_AT_MOST);
                    send(exchange, Reply.text(413, Messages.get(Messages.CHINESE, "county.intake.tooLarge",
                            intake.maxBytes() / (1024 * 1024))));
                    return;
                }
                Reply reply = intake.receive(body,
                        exchange.getRequestHeaders().getFirst(UploadService.MANIFEST_HEADER));
                LOG.info("POST /bundles {} bytes from {}: {}", body.length, exchange.getRemoteAddress(),
                        reply.status());
                send(exchange, reply);
            } catch (RuntimeException e) {
                LOG.error("POST /bundles failed", e);
                throw e;
            }
        });
    }

    /** Serves {@code path} with {@code handler} (pages, the JSON API). */
    public void route(String path, HttpHandler handler) {
        http.createContext(path, handler);
    }

    public void start() {
        http.start();
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** How much of a refused body is read and thrown away before the refusal is sent; beyond it, the line is cut. */
    static final long DRAINED_AT_MOST = 64L * 1024 * 1024;

    private static void drain(HttpExchange exchange, long limit) {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        try {
            if (declared != null && Long.parseLong(declared.strip()) > limit) {
                return;
            }
        } catch (NumberFormatException e) {
            return;
        }
        byte[] discard = new byte[1 << 16];
        long read = 0;
        try (InputStream in = exchange.getRequestBody()) {
            int n;
            while (read <= limit && (n = in.read(discard)) >= 0) {
                read += n;
            }
        } catch (IOException gone) {
            // the sender stopped sending: the refusal goes out all the same
        }
    }

    /** The body, or null when it is larger than {@code max} (announced or actual). */
    private static byte[] readAtMost(HttpExchange exchange, long max) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.strip()) > max) {
                    return null;
                }
            } catch (NumberFormatException e) {
                return null;
            }
        }
        byte[] buffer = new byte[(int) Math.min(max + 1, 1 << 16)];
        int n = 0;
        try (InputStream in = exchange.getRequestBody()) {
            while (true) {
                if (n == buffer.length) {
                    if (n > max) {
                        return null;
                    }
                    buffer = Arrays.copyOf(buffer, (int) Math.min(max + 1, (long) buffer.length * 2));
                }
                int read = in.read(buffer, n, buffer.length - n);
                if (read < 0) {
                    break;
                }
                n += read;
            }
        }
        return n > max ? null : Arrays.copyOf(buffer, n);
    }

    static void send(HttpExchange exchange, Reply reply) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
        if (reply.body().length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply.body());
            }
        }
    }

    @Override
    public void close() {
        http.stop(1);
        workers.shutdownNow();
    }
}
