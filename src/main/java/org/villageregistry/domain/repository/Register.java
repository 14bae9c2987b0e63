package org.villageregistry.domain.repository;

import org.villageregistry.domain.record.RegisterRecord;
import org.villageregistry.domain.record.EntityType;
import java.util.List;
import org.villageregistry.domain.division.Division;
import org.villageregistry.domain.repository.EventRepositories.BirthRepository;
import org.villageregistry.domain.repository.EventRepositories.DeathRepository;
import org.villageregistry.domain.repository.EventRepositories.MarriageRepository;
import org.villageregistry.domain.repository.EventRepositories.MoveRepository;
import org.villageregistry.domain.repository.ServiceRepositories.BirthRegistrationRepository;
import org.villageregistry.domain.repository.ServiceRepositories.EnrolmentRepository;
import org.villageregistry.domain.repository.ServiceRepositories.PaymentRepository;
import org.villageregistry.domain.repository.ServiceRepositories.PregnancyRepository;
import org.villageregistry.domain.repository.ServiceRepositories.ProgrammeRepository;
import org.villageregistry.domain.repository.ServiceRepositories.ServiceVisitRepository;
import org.villageregistry.domain.sync.SyncState;
import org.villageregistry.domain.workstation.SignedInUser;
import org.villageregistry.domain.workstation.WorkstationInfo;

/** An opened (decrypted) register of one workstation, as the signed-in user. Close it to lock the database. */
public interface Register extends AutoCloseable {
    WorkstationInfo workstation();

    SignedInUser user();

    Transactions transactions();

    PersonRepository persons();

    /** Township: the old villages' records of persons who transferred between its villages. */
    TransferredPersons transferredPersons();

    HouseholdRepository households();

    BirthRepository births();

    DeathRepository deaths();

    MarriageRepository marriages();

    MoveRepository moves();

    BirthRegistrationRepository birthRegistrations();

    PregnancyRepository pregnancies();

    ServiceVisitRepository visits();

    ProgrammeRepository programmes();

    EnrolmentRepository enrolments();

    PaymentRepository payments();

    /** The repository of a kind of record (every {@link EntityType} has one). */
    RecordRepository<RegisterRecord> repository(EntityType kind);

    ChangeLog changes();

    /** Who looked at protected data and who signed in; appended in its own small write transaction. */
    AuditLog audit();

    StatisticsQueries statistics();

    /** Township: the sample verifications (抽样核查) drawn here and their results. */
    VerificationRepository verifications();

    /** The names users' documents print instead of their logins. */
    UserProfiles profiles();

    /** How much of the database file each table takes with its indexes, and its rows (for `vreg bench`). */
    List<TableSpace> space();

    /** What the storage engine has read from and written to the register's file since it was opened (for `vreg bench`). */
    FileTraffic fileTraffic();

    /** How long the steps of the sign-in that opened this register took; empty where nothing was timed. */
    default java.util.Optional<SignInTimes> signInTimes() {
        return java.util.Optional.empty();
    }

    /** Named divisions known here: a village's own, a township's own and its villages. */
    List<Division> divisions();

    void saveDivision(Division division);

    /** Keys, enrolments, import progress, quarantine, conflicts, receipts and outbox (BUNDLE.md). */
    SyncState sync();

    @Override
    void close();
}
