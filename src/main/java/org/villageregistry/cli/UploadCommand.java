package org.villageregistry.cli;

import org.villageregistry.session.Session;
import org.villageregistry.domain.sync.CountyAddress;
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
            var items = sync.upload().outbox();
            if (items.isEmpty()) {
                out().println(Messages.get("syncui.outbox.none"));
            }
            for (OutboxItem i : items) {
                out().println(Messages.get("cli.upload.queued", i.fileName(),
                        Messages.get("syncui.outbox." + i.state().name()), i.attempts(),
                        i.lastError().map(e -> Messages.get("cli.upload.lastError", e)).orElse("")));
            }
            return Vreg.OK;
        }
        boolean failed = false;
        CountyAddress.of(url);
        var sent = sync.upload().upload(url, now, progress());
        if (sent.isEmpty()) {
            out().println(Messages.get("cli.upload.nothing"));
        }
        for (UploadService.Sent s : sent) {
            failed |= s.error().isPresent();
            out().println(s.error().map(e -> Messages.get("cli.upload.failed", s.fileName(), e))
                    .orElseGet(() -> Messages.get(s.status() == 201 ? "cli.upload.sent" : "cli.upload.hadIt",
                            s.fileName())));
        }
        return failed ? Vreg.USER_ERROR : Vreg.OK;
    }
}
