package org.villageregistry.cli;

import org.villageregistry.session.Session;
import org.villageregistry.domain.sync.SyncRecords.OutboxItem;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.sync.UploadService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** vreg upload [--url URL] [--now]: sends the outbox to the county; without --url shows the outbox. */
@Command(name = "upload", mixinStandardHelpOptions = true)
final class UploadCommand extends SyncCommandBase {
    @Option(names = "--url", paramLabel = "URL", descriptionKey = "cli.opt.countyUrl")
    String url;

    @Option(names = "--now", descriptionKey = "cli.opt.uploadNow")
    boolean now;

    @Override
    int run(Session session) {
        var sync = session.sync();
        if (url == null) {
            for (OutboxItem i : sync.upload().outbox()) {
                out().println(Messages.get("cli.upload.item", i.fileName(), i.state().name(), i.attempts(),
                        i.lastError().orElse("-")));
            }
            return Vreg.OK;
        }
        boolean failed = false;
        for (UploadService.Sent s : sync.upload().upload(url, now, progress())) {
            failed |= s.error().isPresent();
            out().println(Messages.get("cli.upload.item", s.fileName(), s.state().name(), s.status(),
                    s.error().orElse("-")));
        }
        return failed ? Vreg.USER_ERROR : Vreg.OK;
    }
}
