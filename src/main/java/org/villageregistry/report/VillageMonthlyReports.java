package org.villageregistry.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.villageregistry.domain.event.Birth;
import org.villageregistry.domain.event.Death;
import org.villageregistry.domain.event.Marriage;
import org.villageregistry.domain.event.Move;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.record.RegisterRecord;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.BirthFigures;
import org.villageregistry.service.StatisticsService;

/** Builds the village monthly report of the workstation's division from the register and the statistics service. */
final class VillageMonthlyReports {
    static final int AGE_GROUP_YEARS = 5;
    static final int OLDEST_GROUP_FROM = 85;

    private final Register register;
    private final StatisticsService statistics;

    VillageMonthlyReports(Register register) {
        this.register = register;
        this.statistics = new StatisticsService(register);
    }

    VillageMonthlyReport build(ReportHeader header, Period month, CancelCheck cancel) {
        return register.transactions().read(() -> {
            String code = header.divisionCode();
            String name = header.divisionName();
            Period ytd = month.statisticsYearToDate();
            Period lastYear = month.sameLastYear();
            // an approved month is locked: it prints the figures the village signed
            var signed = new org.villageregistry.service.signoff.LockedMonths(register).signed(code, month);
            var thisMonth = signed.orElseGet(() -> statistics.of(code, name, month));
            var toDate = statistics.of(code, name, ytd);
            var previous = statistics.of(code, name, lastYear);
            cancel.throwIfCancelled();
            List<MonthBirths> byMonth = new ArrayList<>();
            YearMonth last = YearMonth.from(month.to());
            for (YearMonth m = last.minusMonths(11); !m.isAfter(last); m = m.plusMonths(1)) {
                BirthFigures b = statistics.of(code, name, Period.month(m)).births();
                byMonth.add(new MonthBirths(m, b.male(), b.female()));
            }
            cancel.throwIfCancelled();
            return new VillageMonthlyReport(header, month, ytd, lastYear, thisMonth, toDate, previous,
                    births(code, month), deaths(code, month), marriages(code, month), moves(code, month), byMonth,
                    pyramid(code, month.to()), signed.isPresent());
        });
    }

    private List<EventLine> births(String code, Period p) {
        return register.births().between(p.from(), p.to()).stream().filter(b -> owned(b, code))
                .sorted(Comparator.comparing(Birth::bornAt))
                .map(b -> new EventLine(b.bornAt().toLocalDate(),
                        Messages.get("report.event.birthKind", b.sex().label(), String.valueOf(b.birthOrder())),
                        name(b.childId()), Messages.get("report.event.mother", name(b.motherId()))
                        + (b.fatherId() == null ? "" : Messages.get("report.event.father", name(b.fatherId())))
                        + " · " + b.place().label()))
                .toList();
    }

    private List<EventLine> deaths(String code, Period p) {
        return register.deaths().between(p.from(), p.to()).stream().filter(d -> owned(d, code))
                .sorted(Comparator.comparing(Death::date))
                .map(d -> new EventLine(d.date(), Messages.get("report.event.death"), name(d.personId()),
                        d.place() == null ? "" : d.place()))
                .toList();
    }

    private List<EventLine> marriages(String code, Period p) {
        return register.marriages().between(p.from(), p.to()).stream().filter(m -> owned(m, code))
                .sorted(Comparator.comparing(Marriage::date))
                .map(m -> new EventLine(m.date(), m.kind().label(),
                        (m.husbandId() == null ? m.otherPartyName() : name(m.husbandId())) + " · "
                                + (m.wifeId() == null ? m.otherPartyName() : name(m.wifeId())),
                        m.certificateNumber() == null ? "" : m.certificateNumber()))
                .toList();
    }

    private List<EventLine> moves(String code, Period p) {
        Map<String, String> divisionNames = new HashMap<>();
        register.divisions().forEach(d -> divisionNames.put(d.code().value(), d.name()));
        return register.moves().between(p.from(), p.to()).stream().filter(m -> owned(m, code))
                .sorted(Comparator.comparing(Move::date))
                .map(m -> new EventLine(m.date(), m.kind().label(),
                        m.personIds().stream().map(this::name).collect(Collectors.joining("、")),
                        otherPlace(m, divisionNames) + (m.reason() == null ? "" : " · " + m.reason().label())))
                .toList();
    }

    /**
     * The other end of a move, from the village's side: where a person came from, or where they went (the
     * division's name when this register knows it, else its code, then the address); never the village itself.
     */
    static String otherPlace(Move m, Map<String, String> divisionNames) {
        boolean away = m.leavesRegister() || m.kind() == MoveKind.FLOAT_OUT;
        String division = away ? m.toDivision() : m.fromDivision();
        if (division != null && (division.isBlank() || division.equals(m.owner()))) {
            division = null;
        }
        String place = division == null ? "" : divisionNames.getOrDefault(division, division);
        if (m.address() != null && !m.address().isBlank() && !m.address().equals(place)) {
            place = place.isEmpty() ? m.address() : place + " " + m.address();
        }
        if (place.isEmpty()) {
            return Messages.get("report.event.placeUnknown");
        }
        return Messages.get(away ? "report.event.movedTo" : "report.event.movedFrom", place);
    }

    /** Persons in the register on the day, by five-year age group and sex (the "age–sex pyramid"). */
    AgePyramid pyramid(String code, LocalDate day) {
        int groups = OLDEST_GROUP_FROM / AGE_GROUP_YEARS + 1;
        long[] male = new long[groups];
        long[] female = new long[groups];
        java.util.function.Consumer<Person> count = p -> {
            if (inRegisterOn(p, code, day)) {
                int g = Math.min(groups - 1, p.ageOn(day) / AGE_GROUP_YEARS);
                switch (p.sex()) {
                    case MALE -> male[g]++;
                    case FEMALE -> female[g]++;
                }
            }
        };
        register.persons().forEach(count);
        register.transferredPersons().forEach(count);
        List<String> labels = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            int from = g * AGE_GROUP_YEARS;
            labels.add(g == groups - 1 ? from + "+" : from + "–" + (from + AGE_GROUP_YEARS - 1));
        }
        return new AgePyramid(labels, boxed(male), boxed(female));
    }

    /** The population count's test: entered (or born) on or before the day, not left on or before it, not voided. */
    static boolean inRegisterOn(Person p, String code, LocalDate day) {
        return p.voidReason() == null && p.owner() != null && p.owner().startsWith(code)
                && p.birthDate() != null && !p.birthDate().isAfter(day) && p.sex() != null
                && !(p.enteredOn() != null ? p.enteredOn() : p.birthDate()).isAfter(day)
                && (p.leftOn() == null || p.leftOn().isAfter(day));
    }

    private static List<Long> boxed(long[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }

    private static boolean owned(RegisterRecord r, String code) {
        return r.owner() != null && r.owner().startsWith(code);
    }

    private String name(UUID personId) {
        return personId == null ? "" : register.persons().find(personId).map(Person::name).orElse("?");
    }
}
