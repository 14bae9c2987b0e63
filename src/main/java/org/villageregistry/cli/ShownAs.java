package org.villageregistry.cli;

import picocli.CommandLine.Option;

/** How a command that shows records prints them: text or JSON, with ID numbers masked unless --reveal. */
final class ShownAs {
    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", descriptionKey = "cli.opt.format")
    OutputFormat format;

    @Option(names = "--reveal", descriptionKey = "cli.opt.reveal")
    boolean reveal;

    boolean json() {
        return format == OutputFormat.json;
    }
}
