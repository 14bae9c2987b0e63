package org.villageregistry.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.villageregistry.domain.benefit.BenefitProgramme;
import org.villageregistry.domain.benefit.Enrolment;
import org.villageregistry.domain.benefit.Money;
import org.villageregistry.domain.benefit.Payment;
import org.villageregistry.domain.benefit.PaymentMethod;
import org.villageregistry.domain.benefit.ProgrammeKind;
import org.villageregistry.domain.benefit.Rate;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.repository.RegisterStore;
import org.villageregistry.service.BundleArrivals;
import org.villageregistry.service.ProgramBuild;
import org.villageregistry.service.ReceiptSigning;
import org.villageregistry.service.sample.SampleSettings;
import org.villageregistry.service.sample.SampleTownshipGenerator;

/**
 * Times the printed reports on registers of the sizes the issue names: the village monthly report (with its
 * charts) of a 2,000-person village, a payment roll of 2,000 rows, and the township report over 40 villages and
 * 60,000 persons. Each document is made once to warm up, then {@value #RUNS} times; the median and the first
 * (cold) time are reported against the target.
 */
public final class ReportBenchmark {
    static final int RUNS = 3;
    static final Period MONTH = Period.parse("2026-10");
    static final String PROGRAMME = "BENCH";

    /** One document's times in milliseconds and what it came to. */
    public record Timing(String document, String register, double coldMs, double medianMs, double targetMs,
                         int pages, long bytes) {
        public boolean met() {
            return medianMs < targetMs;
        }
    }

    private final RegisterStore store;
    private final Clock clock;
    private final Consumer<String> progress;

    public ReportBenchmark(RegisterStore store, Clock clock, Consumer<String> progress) {
        this.store = store;
        this.clock = clock;
        this.progress = progress;
    }

    public List<Timing> run(Path folder, int villagePersons, int townshipVillages, int townshipPersonsPerVillage) {
        List<Timing> out = new ArrayList<>();
        SampleTownshipGenerator generator = new SampleTownshipGenerator(store);
        progress.accept("village register, " + villagePersons + " persons");
        Path village = generator.generateVillage(folder.resolve("report-village"),
                settings(folder, 1, villagePersons)).home();
        try (Register register = open(village)) {
            int rows = payRoll(register, villagePersons);
            String size = persons(register) + " persons";
            out.add(time("village monthly report (with charts)", size, 2000, register,
                    ReportRequest.monthly(ReportKind.VILLAGE_MONTHLY, MONTH)));
            out.add(time("payment roll", rows + " rows", 3000, register, ReportRequest.roll(PROGRAMME, MONTH)));
        }
        progress.accept("township register, " + townshipVillages + " villages × " + townshipPersonsPerVillage);
        Path township = generator.generateMergedTownship(folder.resolve("report-township"),
                settings(folder, townshipVillages, townshipPersonsPerVillage));
        try (Register register = open(township)) {
            out.add(time("township monthly report", townshipVillages + " villages, " + persons(register)
                    + " persons", 5000, register, ReportRequest.monthly(ReportKind.TOWNSHIP_MONTHLY, MONTH)));
        }
        return out;
    }

    private static SampleSettings settings(Path folder, int villages, int persons) {
        return new SampleSettings(folder, villages, persons, SampleSettings.DEFAULT_SEED,
                SampleSettings.DEFAULT_REFERENCE);
    }

    private Register open(Path home) {
        char[] password = SampleTownshipGenerator.SAMPLE_PASSWORD.toCharArray();
        try {
            return store.open(home, SampleTownshipGenerator.ADMIN, password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static int persons(Register register) {
        return register.transactions().read(() -> register.persons().page(0, Integer.MAX_VALUE).size());
    }

    /** A childcare programme paying the month to the first {@code rows} people of the register. */
    private static int payRoll(Register register, int rows) {
        return register.transactions().write(() -> {
            String owner = register.workstation().division().value();
            List<Person> payees = register.persons().page(0, rows);
            BenefitProgramme programme = register.programmes().save(new BenefitProgramme(UUID.randomUUID(), 0,
                    owner, PROGRAMME, "育儿补贴", ProgrammeKind.CHILDCARE_SUBSIDY,
                    List.of(new Rate(LocalDate.of(2025, 1, 1), Money.yuan(3600), Rate.RatePeriod.YEAR)), Map.of(),
                    null));
            for (Person p : payees) {
                Enrolment e = register.enrolments().save(new Enrolment(UUID.randomUUID(), 0, owner, p.id(),
                        programme.id(), null, LocalDate.of(2026, 1, 1), null, "出生医学证明", "benchmark",
                        LocalDate.of(2026, 1, 5), LocalDate.of(2027, 1, 5), null));
                register.payments().save(new Payment(UUID.randomUUID(), 0, owner, e.id(), MONTH.text(),
                        new Money(30000), LocalDate.of(2026, 10, 28), PaymentMethod.SOCIAL_CARD, "2026-10-01", null));
            }
            return payees.size();
        });
    }

    private Timing time(String document, String size, double targetMs, Register register, ReportRequest request) {
        progress.accept(document + ": " + size);
        ReportService reports = new ReportService(register, clock, BundleArrivals.NOT_TRACKED,
                ReceiptSigning.UNAVAILABLE, ProgramBuild.running());
        long t = System.nanoTime();
        byte[] pdf = reports.pdf(request, ReportProgress.NONE, CancelCheck.NEVER);
        double cold = (System.nanoTime() - t) / 1e6;
        double[] runs = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            t = System.nanoTime();
            pdf = reports.pdf(request, ReportProgress.NONE, CancelCheck.NEVER);
            runs[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(runs);
        Timing timing = new Timing(document, size, cold, runs[RUNS / 2], targetMs, pages(pdf), pdf.length);
        progress.accept(String.format(java.util.Locale.ROOT, "%s: first %.0f ms, median %.0f ms (target < %.0f ms)",
                document, cold, timing.medianMs(), targetMs));
        return timing;
    }

    private static int pages(byte[] pdf) {
        try (var doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The results as a Markdown table for docs/BENCHMARKS-reports.md. */
    public static String markdown(List<Timing> timings) {
        StringBuilder s = new StringBuilder("| document | register | first (cold) | median of " + RUNS
                + " | target | met | pages | PDF size |\n|---|---|---|---|---|---|---|---|\n");
        for (Timing t : timings) {
            s.append(String.format(java.util.Locale.ROOT, "| %s | %s | %.2f s | %.2f s | < %.0f s | %s | %d | %d KB |%n",
                    t.document(), t.register(), t.coldMs() / 1000, t.medianMs() / 1000, t.targetMs() / 1000,
                    t.met() ? "yes" : "**no**", t.pages(), t.bytes() / 1024));
        }
        return s.toString();
    }
}
