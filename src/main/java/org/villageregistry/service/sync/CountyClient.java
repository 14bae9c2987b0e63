package org.villageregistry.service.sync;

import java.time.Duration;

/**
 * Sends one file to the county: {@code POST {url}/bundles}, {@code Content-Type: application/jose+json}, with the
 * township-signed upload manifest ({@link UploadService#MANIFEST_HEADER}) that names the file and authenticates
 * the township.
 */
public interface CountyClient {
    /** The county's answer; a status outside 2xx or a failure to connect is an {@link java.io.IOException}. */
    record Answer(int status, byte[] body) {
    }

    Answer post(String baseUrl, String itemId, byte[] content, String manifest, Duration timeout)
            throws java.io.IOException;
}
