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

    /** The county answered, but not with 200 or 201: {@code said} is the start of what it answered. */
    final class Refused extends java.io.IOException {
        private static final long serialVersionUID = 1L;
        private final int status;
        private final String said;

        public Refused(int status, String said) {
            super("HTTP " + status + (said.isBlank() ? "" : ": " + said));
            this.status = status;
            this.said = said;
        }

        public int status() {
            return status;
        }

        public String said() {
            return said;
        }
    }

    Answer post(String baseUrl, String itemId, byte[] content, String manifest, Duration timeout)
            throws java.io.IOException;
}
