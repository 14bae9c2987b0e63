package org.villageregistry.county.store;

import java.time.Instant;
import java.util.Optional;

/**
 * One upload as the county's administrator reviews it, without its bytes: who sent which file when, and what came
 * of it ({@code applied}, {@code already}, {@code kept}, {@code refused} with the reason; empty while unprocessed).
 */
public record InboxEntry(Instant receivedAt, String township, Optional<String> village, String kind,
                         String fileName, Optional<String> outcome, Optional<String> message, int applied,
                         int quarantined) {
}
