package org.villageregistry.service.registration;

import java.time.LocalDate;
import java.util.UUID;

/** A spouse in the register without 初婚日期 while the registration gives their marriage date. */
public record FirstMarriageGap(UUID personId, String name, LocalDate marriageDate) {
}
