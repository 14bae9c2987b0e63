package org.villageregistry.cli;

import org.villageregistry.session.Session;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.sample.SampleSettings;
import org.villageregistry.service.sample.SampleTownship;
import org.villageregistry.service.sample.SampleTownshipGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** vreg sample: makes the deterministic sample township (one township and N village workstations). */
@Command(name = "sample", mixinStandardHelpOptions = true)
final class SampleCommand implements Callable<Integer> {
    static final String COUNTY_NAME = "示范县";

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "sample.opt.out")
    Path out;

    @Option(names = "--villages", paramLabel = "N", defaultValue = "3", descriptionKey = "sample.opt.villages")
    int villages;

    @Option(names = "--persons", paramLabel = "M", defaultValue = "800", descriptionKey = "sample.opt.persons")
    int persons;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20261122", descriptionKey = "sample.opt.seed")
    long seed;

    @Option(names = "--county", negatable = true, defaultValue = "true", fallbackValue = "true",
            descriptionKey = "sample.opt.county")
    boolean county;

    @Override
    public Integer call() {
        Vreg vreg = (Vreg) spec.root().userObject();
        PrintWriter o = vreg.context().out();
        SampleSettings settings = new SampleSettings(out, villages, persons, seed, SampleSettings.DEFAULT_REFERENCE);
        SampleTownship made = new SampleTownshipGenerator(vreg.program().store()).generate(settings);
        o.println(Messages.get("sample.done.township", made.township().code().value(), made.township().name(),
                made.townshipHome()));
        for (SampleTownship.Village v : made.villages()) {
            o.println(Messages.get("sample.done.village", v.division().code().value(), v.division().name(), v.home(),
                    v.persons(), v.households(), v.births(), v.deaths(), v.moves()));
        }
        enrolBothWays(vreg, made);
        o.println(Messages.get("sample.done.enrolled", made.villages().size(), out.resolve("enrolment")));
        if (county) {
            Path home = county(vreg, made);
            o.println(Messages.get("sample.done.county", home, made.township().code().value(),
                    out.resolve("enrolment")));
        }
        o.println(Messages.get("sample.done.users", SampleTownshipGenerator.ADMIN, "registrar",
                SampleTownshipGenerator.CLERK, SampleTownshipGenerator.SAMPLE_PASSWORD));
        return Vreg.OK;
    }

    /**
     * The sample county (示范县): its folder and keys, its database made at first use; the township and every
     * village take its enrolment file, so their bundles are encrypted to the county too.
     */
    private Path county(Vreg vreg, SampleTownship made) {
        Path home = out.resolve("county");
        org.villageregistry.county.County counties = vreg.program().county();
        org.villageregistry.county.CountyHome county = counties.makeHome(home,
                made.township().code().value().substring(0, 6), COUNTY_NAME, Path.of("db"));
        Path file = counties.exportEnrolment(county, out.resolve("enrolment")).file();
        List<Path> homes = new java.util.ArrayList<>(List.of(made.townshipHome()));
        made.villages().forEach(v -> homes.add(v.home()));
        for (Path workstation : homes) {
            try (Session s = vreg.program().signIn(workstation, SampleTownshipGenerator.ADMIN,
                    SampleTownshipGenerator.SAMPLE_PASSWORD.toCharArray())) {
                s.sync().enrolment().importFile(file, false);
            }
        }
        return home;
    }

    /** The township and each village exchange enrolment files, so the sample can export and import at once. */
    private void enrolBothWays(Vreg vreg, SampleTownship made) {
        java.nio.file.Path folder = out.resolve("enrolment");
        try {
            java.nio.file.Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new org.villageregistry.domain.text.RegistryException(e, "sync.readFailed", folder.toString());
        }
        try (Session township = vreg.program().signIn(made.townshipHome(), SampleTownshipGenerator.ADMIN,
                SampleTownshipGenerator.SAMPLE_PASSWORD.toCharArray())) {
            for (SampleTownship.Village v : made.villages()) {
                try (Session village = vreg.program().signIn(v.home(), SampleTownshipGenerator.ADMIN,
                        SampleTownshipGenerator.SAMPLE_PASSWORD.toCharArray())) {
                    org.villageregistry.service.sync.EnrolBothWays.between(township.sync(), village.sync(), folder);
                }
            }
        }
    }
}
