package org.villageregistry.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What the commands that work on a workstation folder before anyone signs in share: --home and the program. */
abstract class FolderCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--home", paramLabel = "DIR", descriptionKey = "cli.opt.home")
    Path home;

    @Override
    public final Integer call() {
        Vreg vreg = (Vreg) spec.root().userObject();
        CliContext context = vreg.context();
        return run(vreg, context, home != null ? home : context.defaultHome());
    }

    /** Does the command's work on the workstation folder; returns the exit code. */
    abstract int run(Vreg vreg, CliContext context, Path folder);
}
