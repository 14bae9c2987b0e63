package org.villageregistry.sync.upload;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.villageregistry.domain.sync.CountyAddress;
import org.villageregistry.service.sync.CountyClient;
import org.villageregistry.service.sync.UploadService;

/**
 * POSTs to {@code {url}/bundles} with {@code Content-Type: application/jose+json} (java.net.http). The HTTP client
 * (its selector thread, the TLS context and the trust store it reads) is made at the first upload, not when a
 * session starts: most commands and sign-ins never upload. A mistyped address fails with
 * {@link CountyAddress}'s message (what was typed and an example), not as a network error worth retrying.
 */
public final class HttpCountyClient implements CountyClient {
    private HttpClient http;

    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                    .followRedirects(HttpClient.Redirect.NEVER).build();
        }
        return http;
    }

    @Override
    public Answer post(String baseUrl, String itemId, byte[] content, String manifest, Duration timeout)
            throws IOException {
        HttpRequest request = HttpRequest.newBuilder(CountyAddress.of(baseUrl).bundles())
                .timeout(timeout)
                .header("Content-Type", "application/jose+json")
                .header("X-Vreg-Item-Id", itemId)
                .header(UploadService.MANIFEST_HEADER, manifest)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content))
                .build();
        try {
            HttpResponse<byte[]> response = http().send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200 && response.statusCode() != 201) {
                String said = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
                throw new CountyClient.Refused(response.statusCode(),
                        said.strip().substring(0, Math.min(said.strip().length(), 300)));
            }
            return new Answer(response.statusCode(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (IllegalArgumentException e) {
            throw new IOException("bad county address " + baseUrl, e);
        }
    }
}
