package org.villageregistry.service.benefit;

import org.villageregistry.domain.benefit.Enrolment;

/** An enrolment with the names a list shows: the person, the child (or empty) and the programme. */
public record EnrolmentRow(Enrolment enrolment, String personName, String childName, String programmeName) {
}
