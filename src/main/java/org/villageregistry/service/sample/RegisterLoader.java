package org.villageregistry.service.sample;

import java.util.ArrayList;
import java.util.List;
import org.villageregistry.domain.record.RegisterRecord;
import org.villageregistry.domain.repository.RecordRepository;
import org.villageregistry.domain.repository.Register;

/**
 * Saves a village's records into its opened register, many saves per write transaction (one transaction per
 * record would make loading a township take minutes). Each save still appends its change to the change log.
 */
final class RegisterLoader {
    static final int BATCH = 2_000;

    private final Register register;
    private final List<Runnable> pending = new ArrayList<>();

    RegisterLoader(Register register) {
        this.register = register;
    }

    void load(VillageRecords village) {
        village.programmes.forEach(r -> add(register.programmes(), r));
        village.households.values().forEach(r -> add(register.households(), r));
        village.persons.values().forEach(r -> add(register.persons(), r));
        village.marriages.forEach(r -> add(register.marriages(), r));
        village.births.forEach(r -> add(register.births(), r));
        village.deaths.forEach(r -> add(register.deaths(), r));
        village.moves.forEach(r -> add(register.moves(), r));
        village.pregnancies.forEach(r -> add(register.pregnancies(), r));
        village.registrations.forEach(r -> add(register.birthRegistrations(), r));
        village.visits.forEach(r -> add(register.visits(), r));
        village.enrolments.forEach(r -> add(register.enrolments(), r));
        village.payments.forEach(r -> add(register.payments(), r));
        flush();
    }

    private <T extends RegisterRecord> void add(RecordRepository<T> repository, T record) {
        pending.add(() -> repository.save(record));
        if (pending.size() >= BATCH) {
            flush();
        }
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<Runnable> batch = List.copyOf(pending);
        pending.clear();
        register.transactions().write(() -> batch.forEach(Runnable::run));
    }
}
