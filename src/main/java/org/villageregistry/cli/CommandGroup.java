package org.villageregistry.cli;

import org.villageregistry.domain.text.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that only groups subcommands (vreg person, vreg move …): called alone, it says which to choose. */
abstract class CommandGroup implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), Messages.get("cli.error.noCommand"));
    }
}
