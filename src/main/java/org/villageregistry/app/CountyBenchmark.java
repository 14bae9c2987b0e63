package org.villageregistry.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.villageregistry.county.County;
import org.villageregistry.county.CountyHome;
import org.villageregistry.county.store.BareCopy;
import org.villageregistry.county.store.CountyDatabase;
import org.villageregistry.county.store.CountyStore;
import org.villageregistry.county.store.PgStatistics;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.service.sync.UploadService;
import org.villageregistry.session.Benchmarks;
import org.villageregistry.sync.GeneratedTownships;

/**
 * {@code vreg bench --part county} (docs/BENCHMARKS-county.md): generated townships' village snapshots POSTed to
 * a county on an embedded PostgreSQL, against the floor of the same rows COPYed into a bare table; then a
 * period's county statistics and the analysts' indicators page, timed.
 */
final class CountyBenchmark {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final String PASSWORD = "bench-county-2026";

    private final County county;
    private final Clock clock;
    private final Consumer<String> report;

    CountyBenchmark(County county, Clock clock, Consumer<String> report) {
        this.county = county;
        this.clock = clock;
        this.report = report;
    }

    void run(Path work, Benchmarks.CountySize size) throws IOException, InterruptedException {
        try (CountyDatabase postgres = CountyDatabase.embedded(work.resolve("pg"))) {
            String jdbc = postgres.embeddedJdbcUrl();
            CountyHome home = county.init(work.resolve("county"), "410103", "示范县", new County.Database(
                    Optional.of(jdbc), Optional.empty()), "bench", PASSWORD.toCharArray()).home();
            byte[] countyEnrolment = Files.readAllBytes(county.exportEnrolment(home.folder(),
                    Files.createDirectories(work.resolve("enrol"))).file());
            long t = System.nanoTime();
            List<GeneratedTownships.Township> towns = GeneratedTownships.make("410103", countyEnrolment,
                    size.townships(), size.villages(), size.persons(), clock.instant(), work.resolve("bundles"));
            report.accept(line(String.format("generated %d townships × %d villages × %,d persons as signed, encrypted"
                    + " snapshots", size.townships(), size.villages(), size.persons()), t));
            for (GeneratedTownships.Township town : towns) {
                county.importEnrolment(home.folder(), Files.write(work.resolve("enrol")
                        .resolve(town.division() + ".enrol.json"), town.enrolment()));
            }
            try (CountyDatabase db = CountyDatabase.server(jdbc);
                 County.Running server = County.serve(home, db, county.intake(home, new CountyStore(db),
                         County.MAX_UPLOAD_BYTES), "127.0.0.1", 0, false, clock)) {
                String base = "http://127.0.0.1:" + server.port();
                HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
                long intake = intake(http, base, towns);
                floor(db, towns, intake);
                Period month = Period.parse(YearMonth.now(clock).toString());
                statistics(home, db, month);
                page(http, base, month);
            }
        }
    }

    private long intake(HttpClient http, String base, List<GeneratedTownships.Township> towns)
            throws IOException, InterruptedException {
        long persons = 0;
        int uploads = 0;
        long cpu = processCpuNanos();
        long t = System.nanoTime();
        for (GeneratedTownships.Township town : towns) {
            for (GeneratedTownships.Upload u : town.uploads()) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/bundles"))
                        .header("Content-Type", "application/jose+json")
                        .header(UploadService.MANIFEST_HEADER, u.manifest())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(u.body())).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 201) {
                    throw new IllegalStateException("the county answered " + r.statusCode() + " for " + u.village()
                            + ": " + r.body());
                }
                persons += u.changes().size();
                uploads++;
            }
        }
        long took = System.nanoTime() - t;
        report.accept(line(String.format("intake: %d uploads, %,d persons POSTed, verified, decrypted, applied (%,.0f"
                + " persons/s)", uploads, persons, persons / (took / 1e9)), t) + String.format(Locale.ROOT,
                ", server JVM CPU %,d ms (PostgreSQL's own not counted), load average %.1f",
                (processCpuNanos() - cpu) / 1_000_000, ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage()));
        return took;
    }

    private void floor(CountyDatabase db, List<GeneratedTownships.Township> towns, long intake) {
        List<BareCopy.Row> rows = new ArrayList<>();
        towns.forEach(town -> town.uploads().forEach(u -> u.changes().forEach(c -> rows.add(
                new BareCopy.Row(c.entityId(), u.village(), c.stateJson())))));
        long took = BareCopy.copy(db, rows);
        report.accept(String.format(Locale.ROOT, "reference %,d ms (COPY of the same %,d rows' state into a bare table)"
                + ", ratio %.1f×", took / 1_000_000, rows.size(), intake / (double) took));
    }

    /**
     * A month's statistics counted from the rows (the counts kept per village forgotten before each run), then as
     * an analyst gets them once counted (the kept counts of villages that did not change since).
     */
    private void statistics(CountyHome home, CountyDatabase db, Period month) {
        County.stats(home, db, month);
        CountyStore store = new CountyStore(db);
        long[] cold = new long[5];
        for (int i = 0; i < cold.length; i++) {
            PgStatistics.forgetKeptCounts(store);
            long t = System.nanoTime();
            County.stats(home, db, month);
            cold[i] = System.nanoTime() - t;
        }
        long[] kept = new long[5];
        for (int i = 0; i < kept.length; i++) {
            long t = System.nanoTime();
            County.stats(home, db, month);
            kept[i] = System.nanoTime() - t;
        }
        Arrays.sort(cold);
        Arrays.sort(kept);
        report.accept(String.format(Locale.ROOT, "county statistics of %s counted from the rows: median %,d ms, slowest"
                + " %,d ms (5 runs); from the counts kept per village: median %,d ms, slowest %,d ms (5 runs);"
                + " goal ≤ 1,000 ms", month.text(), cold[2] / 1_000_000, cold[4] / 1_000_000, kept[2] / 1_000_000,
                kept[4] / 1_000_000));
    }

    private void page(HttpClient http, String base, Period month) throws IOException, InterruptedException {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = CSRF.matcher(form.body());
        if (!m.find()) {
            throw new IllegalStateException("no sign-in form");
        }
        String pre = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        HttpResponse<String> in = http.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", pre)
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + m.group(1) + "&name=bench&password="
                        + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        String session = in.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("vreg_county="))
                .findFirst().orElseThrow(() -> new IllegalStateException("sign-in refused: " + in.statusCode()))
                .split(";")[0];
        HttpRequest stats = HttpRequest.newBuilder(URI.create(base + "/stats?period=" + month.text()))
                .header("Cookie", session).build();
        http.send(stats, HttpResponse.BodyHandlers.ofString());
        long[] runs = new long[20];
        for (int i = 0; i < runs.length; i++) {
            long t = System.nanoTime();
            HttpResponse<String> page = http.send(stats, HttpResponse.BodyHandlers.ofString());
            runs[i] = System.nanoTime() - t;
            if (page.statusCode() != 200) {
                throw new IllegalStateException("the indicators page answered " + page.statusCode());
            }
        }
        Arrays.sort(runs);
        report.accept(String.format(Locale.ROOT, "indicators page /stats?period=%s: p50 %,d ms, p95 %,d ms (20 loads); goal p95 ≤ 300 ms",
                month.text(), runs[9] / 1_000_000, runs[18] / 1_000_000));
    }

    /** CPU time of this JVM (client and server threads), where the platform tells it. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static String line(String what, long startNanos) {
        return String.format(Locale.ROOT, "%s: %,d ms", what, (System.nanoTime() - startNanos) / 1_000_000);
    }
}
