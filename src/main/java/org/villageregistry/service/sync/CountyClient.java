package org.villageregistry.service.sync;

import java.time.Duration;

/** Sends one file to the county: {@code POST {url}/bundles}, {@code Content-Type: application/jose+json}. */
public interface CountyClient {
    /** The county's answer; a status outside 2xx or a failure to connect is an {@link java.io.IOException}. */
    record Answer(int status, byte[] body) {
    }

    Answer post(String baseUrl, String itemId, byte[] content, Duration timeout) throws java.io.IOException;
}
