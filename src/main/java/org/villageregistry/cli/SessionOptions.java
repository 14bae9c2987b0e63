package org.villageregistry.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command that opens a workstation shares: where it is and who signs in. */
public final class SessionOptions {
    @Option(names = "--home", paramLabel = "DIR", descriptionKey = "cli.opt.home")
    Path home;

    @Option(names = "--user", paramLabel = "NAME", defaultValue = "admin", descriptionKey = "cli.opt.user")
    String user;

    @Option(names = "--password-stdin", descriptionKey = "cli.opt.passwordStdin")
    boolean passwordStdin;
}
