package org.villageregistry.county.store;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One upload as the inbox keeps it: the raw bytes and the township's signed manifest, then what came of it. */
public record InboxItem(UUID itemId, String sha256, String township, Optional<String> village, String kind,
                        String fileName, byte[] body, byte[] manifest, Instant receivedAt, Optional<String> outcome,
                        Optional<String> message, Optional<byte[]> receipt) {
}
