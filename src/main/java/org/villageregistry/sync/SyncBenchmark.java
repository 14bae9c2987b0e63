package org.villageregistry.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.villageregistry.domain.record.RegisterRecord;
import org.villageregistry.service.bench.BackupBench;
import org.villageregistry.service.bench.Goal;
import org.villageregistry.service.bench.GoalSheet;
import org.villageregistry.service.bench.ImportProcess;
import org.villageregistry.service.bench.Resident;
import org.villageregistry.service.bench.ThreadCpu;
import org.villageregistry.service.bench.SignInBench;
import org.villageregistry.service.bench.SpaceReport;
import org.villageregistry.service.bench.WriteFloor;
import org.villageregistry.domain.repository.FileTraffic;
import java.util.UUID;
import java.util.function.Consumer;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.record.EntityType;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.repository.RegisterStore;
import org.villageregistry.domain.workstation.WorkstationInfo;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.domain.workstation.WorkstationSetup;
import org.villageregistry.service.Json;
import org.villageregistry.service.change.ChangeHash;
import org.villageregistry.service.sync.EnrolBothWays;
import org.villageregistry.service.sync.ImportService;
import org.villageregistry.service.sync.SyncServices;
import org.villageregistry.service.task.Progress;
import org.villageregistry.sync.bundle.BundleKind;
import org.villageregistry.sync.bundle.BundleOrder;
import org.villageregistry.sync.bundle.BundleWriter;
import org.villageregistry.sync.enrol.EnrolledOrigin;
import org.villageregistry.sync.enrol.EnrolmentFile;
import org.villageregistry.sync.enrol.EnrolmentReader;
import org.villageregistry.sync.keys.WorkstationKeys;

/**
 * The numbers of docs/BENCHMARKS-sync.md (not a timed test): snapshot export of a 2,000-person village,
 * verify, an incremental bundle of 50 changes, and a township importing 40 village snapshots of 60,000
 * persons in all. {@code vreg bench} calls {@link #run}; each line goes to {@code report}.
 */
public final class SyncBenchmark {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T08:15:00Z"), ZoneOffset.UTC);
    private static final Progress QUIET = Progress.NONE;
    private static final String PASSWORD = "bench-2026";

    /**
     * How big to measure: the village whose snapshot is exported and verified, and the township's import of
     * {@code villages} snapshots of {@code personsPerVillage} persons each.
     */
    public record Size(int villagePersons, int villages, int personsPerVillage) {
        /** The targets of issue 4: a 2,000-person village; 40 village snapshots, 60,000 persons in all. */
        public static final Size TARGET = new Size(2_000, 40, 1_500);

        public Size {
            if (villagePersons < 1 || villages < 1 || villages > 90 || personsPerVillage < 1) {
                throw new IllegalArgumentException("a benchmark needs persons and between 1 and 90 villages");
            }
        }
    }

    private SyncBenchmark() {
    }

    /** The measurements at the sizes of the targets ({@link Size#TARGET}). */
    public static void run(RegisterStore store, Path work, Consumer<String> report, WriteFloor floor)
            throws IOException {
        run(store, work, report, Size.TARGET, floor);
    }

    /**
     * @param floor writes the township import's records the bare way, for the {@code reference … ms, ratio …×} line
     */
    public static void run(RegisterStore store, Path work, Consumer<String> report, Size size, WriteFloor floor)
            throws IOException {
        run(store, work, report, size, floor, new GoalSheet(), ImportProcess.NONE);
    }

    /**
     * As above; {@code goals} receives the import's time, floor ratio and CPU, the township register's size after
     * the import (closed), a sign-in to it with its home screen, and the peak resident memory of {@code process}
     * importing the same bundles into a copy of the township register made before the import (last, after the
     * timed steps).
     */
    public static void run(RegisterStore store, Path work, Consumer<String> report, Size size, WriteFloor floor,
            GoalSheet goals, ImportProcess process) throws IOException {
        Path stick = Files.createDirectories(work.resolve("usb"));
        Register township = store.create(work.resolve("town"), new WorkstationSetup(WorkstationRole.TOWNSHIP,
                DivisionCode.of("410103100"), "城关镇"), "admin", PASSWORD.toCharArray());
        try (Register village = store.create(work.resolve("willow"), new WorkstationSetup(WorkstationRole.VILLAGE,
                     DivisionCode.of("410103100001"), "柳树村"), "admin", PASSWORD.toCharArray())) {
            SyncServices town = SyncModule.services(township, CLOCK);
            SyncServices willow = SyncModule.services(village, CLOCK);
            EnrolBothWays.between(town, willow, Files.createDirectories(work.resolve("enrol")));
            addPersons(village, size.villagePersons());

            long t = System.nanoTime();
            Path snapshot = willow.export().export(stick, true, QUIET).file();
            report.accept(line(String.format("export snapshot, %,d persons", size.villagePersons()), t, Files.size(snapshot)));
            t = System.nanoTime();
            town.verify().verify(snapshot);
            report.accept(line("verify that bundle (cold)", t, -1));
            t = System.nanoTime();
            town.verify().verify(snapshot);
            report.accept(line("verify that bundle (warm)", t, -1));
            t = System.nanoTime();
            long cpu = cpuNanos();
            town.imports().importOne(snapshot);
            report.accept(line("township import of that snapshot", t, -1) + cpu(cpu));

            village.sync().delivery().acknowledge(village.changes().last().orElseThrow().changeId());
            addPersons(village, 50);
            t = System.nanoTime();
            Path incremental = willow.export().export(Files.createDirectories(work.resolve("usb2")), false, QUIET)
                    .file();
            report.accept(line("export incremental, 50 changes", t, Files.size(incremental)));
            t = System.nanoTime();
            ImportService.Outcome o = town.imports().importOne(incremental);
            report.accept(line("township import of it (" + o.status() + ")", t, -1));

            Path many = Files.createDirectories(work.resolve("usb40"));
            List<List<RegisterRecord>> villages = townshipOf(size, town, township, many, work);
            int records = villages.stream().mapToInt(List::size).sum();
            // the floor first, so the records it writes are not held in memory during the import
            WriteFloor.Written reference = floor.write(Files.createDirectories(work.resolve("floor")), villages);
            long referenceMs = reference.millis();
            villages = null;
            // the register the import process fills: a copy of the township's as it stands before the import
            township.close();
            copyTree(work.resolve("town"), work.resolve("town-process"));
            township = store.open(work.resolve("town"), "admin", PASSWORD.toCharArray());
            town = SyncModule.services(township, CLOCK);
            System.gc();
            long heapBefore = usedHeap();
            long[] peak = {heapBefore};
            Resident resident = Resident.watch();
            t = System.nanoTime();
            cpu = cpuNanos();
            long processCpu = processCpuNanos();
            long allocated = allocatedBytes();
            long[] collections = collections();
            Thread watcher = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak[0] = Math.max(peak[0], usedHeap());
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            watcher.setDaemon(true);
            watcher.start();
            FileTraffic trafficBefore = township.fileTraffic();
            ThreadCpu threads = ThreadCpu.watch();
            List<ImportService.Outcome> outcomes = town.imports().importAll(List.of(many), QUIET);
            Map<String, Long> importThreads = threads.stop();
            long importCpuMs = (cpuNanos() - cpu) / 1_000_000;
            long processCpuMs = (processCpuNanos() - processCpu) / 1_000_000;
            long allocatedMb = (allocatedBytes() - allocated) / 1_000_000;
            long[] collected = collections();
            watcher.interrupt();
            resident.close();
            long importMs = (System.nanoTime() - t) / 1_000_000;
            FileTraffic traffic = township.fileTraffic().since(trafficBefore);
            int applied = outcomes.stream().mapToInt(ImportService.Outcome::applied).sum();
            report.accept(line(String.format("township import of %d snapshots, %,d persons applied",
                    size.villages(), applied), t, -1) + cpu(cpu)
                    + String.format(", CPU of the whole process %d ms (with the thread that prepares the next"
                    + " bundle, the collector and the compiler)", processCpuMs)
                    + String.format(", peak heap %d MiB of max %d MiB", peak[0] >> 20,
                    Runtime.getRuntime().maxMemory() >> 20)
                    + String.format(Locale.ROOT, "; heap allocated by all threads %,d MB, the collector %,d ms in %d"
                    + " collections", allocatedMb, collected[1] - collections[1], collected[0] - collections[0]));
            double ratio = importMs / (double) Math.max(1, referenceMs);
            report.accept(String.format(Locale.ROOT, "%-55s %7d ms, ratio %.2f×", String.format(Locale.ROOT,
                    "reference: bare JDBC batch of the %,d records, 1 commit/village", records), referenceMs,
                    ratio));
            // what each asked of the encrypted file, by H2's own counters: they follow the work more than the load
            report.accept(String.format(Locale.ROOT, "file traffic of the import: %s; of the reference: %s", traffic,
                    reference.traffic()));
            // on two cores a step whose threads together use both is bound by their sum, not by its own thread
            report.accept("CPU by thread, the import: " + ThreadCpu.describe(importThreads));
            report.accept("CPU by thread, the reference: " + ThreadCpu.describe(reference.cpu()));
            int persons = (int) township.persons().count();
            report.accept(SpaceReport.markdown("township register after the import (still open)", township.space(),
                    folderSize(work.resolve("town")), persons));
            township.close();
            long closedBytes = folderSize(work.resolve("town"));
            report.accept(String.format(Locale.ROOT, "township register after the import, closed: %.1f MB (%,.0f"
                    + " bytes per person)", closedBytes / 1e6, closedBytes / (double) Math.max(1, persons)));
            SignInBench.Timing signIn = SignInBench.median(store, work.resolve("town"), "admin", PASSWORD, CLOCK);
            report.accept(String.format(Locale.ROOT, "sign-in to the township register → home screen filled: %.0f ms"
                    + " (%s)", signIn.totalMs(), signIn.steps()));
            judge(goals, size, importMs, ratio, referenceMs, importCpuMs, closedBytes, signIn);
            String at = String.format(Locale.ROOT, "%d × %,d persons", size.villages(), size.personsPerVillage());
            report.accept(String.format(Locale.ROOT, "(this benchmark process: peak resident %d MiB, peak heap %d MiB"
                    + " of max %d MiB; not the goal's figure)", resident.peakBytes() >> 20, peak[0] >> 20,
                    Runtime.getRuntime().maxMemory() >> 20));
            processImport(process, work.resolve("town-process"), many, report, goals, target(size), at);
        } finally {
            township.close();
        }
    }

    /** The memory goal: {@code vreg import} of the same bundles in a process of its own, its peak resident set. */
    private static void processImport(ImportProcess process, Path home, Path bundles, Consumer<String> report,
            GoalSheet goals, boolean target, String at) {
        java.util.Optional<ImportProcess.Peak> peak;
        try {
            peak = process.importAll(home, "admin", PASSWORD, bundles);
        } catch (IOException e) {
            // as with `vreg find`: a process that fails to start or finish is reported, not fatal to the benchmark
            report.accept("vreg import in a process of its own: peak resident memory not measured (" + e.getMessage()
                    + ")");
            return;
        }
        if (peak.isEmpty()) {
            report.accept("vreg import in a process of its own: peak resident memory not measured");
            return;
        }
        ImportProcess.Peak p = peak.get();
        report.accept(String.format(Locale.ROOT, "%-55s %7d ms, peak resident %d MiB, the collector's pauses %s (%s)",
                "vreg import of the same bundles, a process of its own", p.wallMs(), p.residentBytes() >> 20,
                p.collections() < 0 ? "not known" : String.format(Locale.ROOT, "%,d ms in %d", p.collectorMs(),
                        p.collections()), p.how()));
        record(goals, target, Goal.MEMORY_IMPORT, p.residentBytes() / 1e6, String.format(Locale.ROOT,
                "`vreg import` in a process of its own as the launcher starts it, %,d ms wall (%s); %s", p.wallMs(),
                at, p.how()));
    }

    private static boolean target(Size size) {
        return size.villages() == Size.TARGET.villages() && size.personsPerVillage() == Size.TARGET.personsPerVillage();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path copy = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(f, copy);
                }
            }
        }
    }

    private static void judge(GoalSheet goals, Size size, long importMs, double ratio, long referenceMs,
            long importCpuMs, long closedBytes, SignInBench.Timing signIn) {
        boolean target = target(size);
        String at = String.format(Locale.ROOT, "%d × %,d persons", size.villages(), size.personsPerVillage());
        record(goals, target, Goal.IMPORT, importMs, at + String.format(Locale.ROOT, "; floor %,d ms", referenceMs));
        record(goals, target, Goal.IMPORT_RATIO, ratio, String.format(Locale.ROOT, "%,d ms ÷ floor %,d ms (%s)",
                importMs, referenceMs, at));
        record(goals, target, Goal.IMPORT_CPU, importCpuMs, at);
        record(goals, target, Goal.SIZE_TOWNSHIP_IMPORTED, closedBytes / 1e6, at);
        record(goals, target, Goal.SIGN_IN_TOWNSHIP, signIn.totalMs(), signIn.steps() + " (" + at + ")");
        if (target) {
            goals.measured(Goal.BACKUPS, BackupBench.timesRegister(closedBytes), BackupBench.note(closedBytes));
        }
    }

    private static void record(GoalSheet goals, boolean atTarget, Goal goal, double value, String note) {
        if (atTarget) {
            goals.measured(goal, value, note);
        } else {
            goals.measuredSmaller(goal, value, note);
        }
    }

    /** Villages of the size's persons each, enrolled at the township, each with one snapshot bundle on the stick. */
    private static List<List<RegisterRecord>> townshipOf(Size size, SyncServices town, Register township, Path stick,
            Path work) throws IOException {
        List<List<RegisterRecord>> villages = new ArrayList<>();
        WorkstationKeys townKeys = WorkstationKeys.fromBytes(township.sync().keys().workstationKeys().orElseThrow());
        EnrolledOrigin townOrigin = EnrolmentReader.readAccepted(EnrolmentFile.create(township.workstation(),
                townKeys, CLOCK.instant()), "town");
        Path enrol = Files.createDirectories(work.resolve("enrol40"));
        for (int v = 10; v < 10 + size.villages(); v++) {
            String code = "4101031000" + v;
            WorkstationInfo info = new WorkstationInfo(UUID.randomUUID(), WorkstationRole.VILLAGE, DivisionCode.of(code),
                    "第" + v + "村", CLOCK.instant());
            WorkstationKeys keys = WorkstationKeys.generate();
            Path file = EnrolmentFile.write(enrol, info.division(), EnrolmentFile.create(info, keys, CLOCK.instant()),
                    kid -> java.util.Optional.empty());
            town.enrolment().importFile(file, false);
            List<Change> changes = personChanges(code, size.personsPerVillage());
            List<RegisterRecord> records = new ArrayList<>();
            for (Change c : changes) {
                records.add(Json.mapper().readValue(c.stateJson(), Person.class));
            }
            villages.add(records);
            new BundleWriter(keys, ZoneOffset.UTC).write(stick, new BundleOrder(info, township.workstation().division(),
                    1, BundleKind.SNAPSHOT, 1, changes, changes.get(changes.size() - 1).hash(), CLOCK.instant(),
                    List.of(townOrigin)));
        }
        return villages;
    }

    private static long folderSize(Path folder) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    static List<Change> personChanges(String village, int n) {
        List<Change> out = new ArrayList<>(n);
        String prev = null;
        for (int i = 1; i <= n; i++) {
            Person p = person(village, i).withVersion(1);
            String state;
            try {
                state = Json.mapper().writeValueAsString(p);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            Change c = new Change(i, village, EntityType.PERSON, p.id(), 0, 1, "upsert", state, "admin",
                    CLOCK.instant(), prev, null);
            String hash = ChangeHash.of(c);
            out.add(new Change(i, village, EntityType.PERSON, p.id(), 0, 1, "upsert", state, "admin",
                    CLOCK.instant(), prev, hash));
            prev = hash;
        }
        return out;
    }

    private static Person person(String village, int i) {
        String names = "王李张刘陈杨赵黄周吴";
        return Person.builder().id(UUID.randomUUID()).owner(village)
                .name(names.charAt(i % 10) + "秀" + names.charAt((i / 10) % 10)).sex(i % 2 == 0 ? Sex.FEMALE : Sex.MALE)
                .birthDate(LocalDate.of(1940 + i % 80, 1 + i % 12, 1 + i % 28)).ethnicity(Ethnicity.HAN)
                .hukouType(HukouType.AGRICULTURAL).maritalStatus(MaritalStatus.UNMARRIED)
                .enteredOn(LocalDate.of(2000, 1, 1)).build();
    }

    private static void addPersons(Register village, int n) {
        String code = village.workstation().division().value();
        village.transactions().write(() -> {
            for (int i = 0; i < n; i++) {
                village.persons().save(person(code, i));
            }
        });
    }

    /** CPU time of this thread: on a shared, loaded machine it says more than the wall clock. */
    private static long cpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** The CPU time of every thread of this process; -1 where the JVM does not say. */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }

    /**
     * The bytes of heap every thread of this process has allocated since it started (-1 where the JVM does not say):
     * what the import allocates repeats from run to run where its time does not, and the collector's work follows it.
     */
    private static long allocatedBytes() {
        return java.lang.management.ManagementFactory.getThreadMXBean()
                instanceof com.sun.management.ThreadMXBean threads && threads.isThreadAllocatedMemoryEnabled()
                ? threads.getTotalThreadAllocatedBytes() : -1;
    }

    /** Collections so far and the milliseconds they took, over all of the JVM's collectors. */
    private static long[] collections() {
        long count = 0;
        long millis = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            millis += Math.max(0, gc.getCollectionTime());
        }
        return new long[] {count, millis};
    }

    private static String cpu(long startedCpuNanos) {
        return String.format(", CPU of the importing thread %d ms", (cpuNanos() - startedCpuNanos) / 1_000_000);
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static String line(String what, long startedNanos, long bytes) {
        long ms = (System.nanoTime() - startedNanos) / 1_000_000;
        return String.format("%-55s %7d ms%s", what, ms, bytes >= 0 ? String.format("  (%d KiB)", bytes >> 10) : "");
    }
}
