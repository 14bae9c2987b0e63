package org.villageregistry.report;

import java.time.LocalDateTime;

/** Who made a document, where and when: printed in every page footer. */
public record ReportHeader(String divisionCode, String divisionName, String user, LocalDateTime generatedAt,
                           String appVersion) {
}
