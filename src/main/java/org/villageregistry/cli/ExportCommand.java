package org.villageregistry.cli;

import org.villageregistry.session.Session;
import java.nio.file.Path;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.sync.ExportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** vreg export --to DIR [--snapshot]: the village's next bundle onto a USB stick. */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand extends SyncCommandBase {
    @Option(names = "--to", required = true, paramLabel = "DIR", descriptionKey = "cli.opt.syncTo")
    Path to;

    @Option(names = "--snapshot", descriptionKey = "cli.opt.snapshot")
    boolean snapshot;

    @Override
    int run(Session session) {
        ExportService.Exported e = session.sync().export().export(to, snapshot, progress());
        if (!e.readBack().valid()) {
            context().err().println(Messages.get("cli.export.notVerified", e.fileName(), e.readBack().problem()));
            return Vreg.USER_ERROR;
        }
        if (e.monthsOnly()) {
            out().println(Messages.get("cli.export.monthsOnly", e.fileName(), e.sequence()));
        } else {
            out().println(Messages.get("cli.export.done", e.fileName(), e.sequence(), e.fromChange(), e.toChange(),
                    e.total()));
            out().println("  " + counts(e.counts()));
            e.carriedBeforeNote().ifPresent(note -> out().println("  " + note));
        }
        if (!e.signoffs().isEmpty()) {
            out().println("  " + Messages.get("cli.export.signoffs", String.join("、", e.signoffs())));
        }
        return Vreg.OK;
    }
}
