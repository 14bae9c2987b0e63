package org.villageregistry.report;

import java.time.LocalDateTime;
import org.villageregistry.service.ProgramBuild;

/** Who made a document, where and when, with which build of the program: printed in every page footer. */
public record ReportHeader(String divisionCode, String divisionName, String user, LocalDateTime generatedAt,
                           ProgramBuild program) {
}
