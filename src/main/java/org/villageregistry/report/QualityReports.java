package org.villageregistry.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.quality.RecordCompleteness;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.service.Finding;
import org.villageregistry.service.QualityCheckService;

/** Builds the data-quality report from the quality check and the completeness rule of the domain. */
final class QualityReports {
    private final Register register;
    private final Clock clock;

    QualityReports(Register register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    QualityReport build(ReportHeader header) {
        LocalDate today = LocalDate.now(clock);
        List<Finding> findings = new QualityCheckService(register, clock).findings();
        Map<Finding.Kind, Long> counts = new EnumMap<>(Finding.Kind.class);
        for (Finding.Kind kind : Finding.Kind.values()) {
            counts.put(kind, findings.stream().filter(f -> f.kind() == kind).count());
        }
        List<Person> active = register.transactions().read(() -> {
            List<Person> persons = new ArrayList<>();
            // completeness reads only fields the persons' facts hold, as the month's statistics do
            register.persons().forEachCounted(p -> {
                if (p.isActive()) {
                    persons.add(p);
                }
            });
            return persons;
        });
        return new QualityReport(header, today, findings, counts, RecordCompleteness.completeness(active, today),
                counts.get(Finding.Kind.INVALID_ID),
                counts.get(Finding.Kind.DUPLICATE_ID) + counts.get(Finding.Kind.DUPLICATE_NAME_BIRTH));
    }
}
