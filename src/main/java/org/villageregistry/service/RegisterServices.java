package org.villageregistry.service;

import java.time.Clock;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.service.registration.BirthRegistrationService;
import org.villageregistry.service.benefit.BenefitService;
import org.villageregistry.service.benefit.PaymentBatchService;
import org.villageregistry.service.health.HealthServiceRecords;
import org.villageregistry.service.home.TodayService;
import org.villageregistry.service.roster.RosterService;
import org.villageregistry.service.villages.TownshipRegisterService;

/**
 * The use cases of the service layer over one open register, built once a sign-in by the composition root as part
 * of the session ({@code session.Session}), which adds sync, reports, ledgers and accounts.
 */
public final class RegisterServices {
    private final Register register;
    private final Clock clock;
    private final PersonService persons;
    private final HouseholdService households;
    private final BirthService births;
    private final DeathService deaths;
    private final MarriageService marriages;
    private final MoveService moves;
    private final EventCorrectionService eventCorrections;
    private final QualityCheckService quality;
    private final StatisticsService statistics;
    private final AuditService audit;
    private final BirthRegistrationService birthRegistrations;
    private final TodayService today;
    private final RosterService roster;
    private final HealthServiceRecords health;
    private final BenefitService benefits;
    private final PaymentBatchService paymentBatches;
    private final TownshipRegisterService township;
    private final org.villageregistry.service.signoff.SignoffService signoffs;

    public RegisterServices(Register register, Clock clock) {
        this.register = register;
        this.clock = clock;
        this.persons = new PersonService(register, clock);
        this.households = new HouseholdService(register, clock);
        this.births = new BirthService(register, clock);
        this.deaths = new DeathService(register, clock);
        this.marriages = new MarriageService(register, clock);
        this.moves = new MoveService(register, clock);
        this.eventCorrections = new EventCorrectionService(register, clock);
        this.quality = new QualityCheckService(register, clock);
        this.statistics = new StatisticsService(register);
        this.audit = new AuditService(register, clock.getZone());
        this.birthRegistrations = new BirthRegistrationService(register, clock);
        this.today = new TodayService(register, clock, quality);
        this.roster = new RosterService(register);
        this.health = new HealthServiceRecords(register, clock, audit);
        this.benefits = new BenefitService(register, clock);
        this.paymentBatches = new PaymentBatchService(register, clock);
        this.township = new TownshipRegisterService(register, persons);
        this.signoffs = new org.villageregistry.service.signoff.SignoffService(register, clock);
    }

    public Register register() {
        return register;
    }

    public Clock clock() {
        return clock;
    }

    public PersonService persons() {
        return persons;
    }

    public HouseholdService households() {
        return households;
    }

    public BirthService births() {
        return births;
    }

    public DeathService deaths() {
        return deaths;
    }

    public MarriageService marriages() {
        return marriages;
    }

    public MoveService moves() {
        return moves;
    }

    /** Correcting recorded births, deaths, marriages and moves. */
    public EventCorrectionService eventCorrections() {
        return eventCorrections;
    }

    public QualityCheckService quality() {
        return quality;
    }

    public StatisticsService statistics() {
        return statistics;
    }

    public AuditService audit() {
        return audit;
    }

    public BirthRegistrationService birthRegistrations() {
        return birthRegistrations;
    }

    public TodayService today() {
        return today;
    }

    public RosterService roster() {
        return roster;
    }

    public HealthServiceRecords health() {
        return health;
    }

    public BenefitService benefits() {
        return benefits;
    }

    public PaymentBatchService paymentBatches() {
        return paymentBatches;
    }

    public TownshipRegisterService township() {
        return township;
    }

    /** Monthly sign-off (审核): a village submits its month, the township approves or returns it. */
    public org.villageregistry.service.signoff.SignoffService signoffs() {
        return signoffs;
    }
}
