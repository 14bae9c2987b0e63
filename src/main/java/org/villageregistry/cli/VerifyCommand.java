package org.villageregistry.cli;

import org.villageregistry.session.Session;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.sync.SyncCrypto;
import org.villageregistry.service.sync.VerifyService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** vreg verify FILE [--format json]: signature and metadata, without decrypting; exit 0 valid, 1 invalid. */
@Command(name = "verify", mixinStandardHelpOptions = true)
final class VerifyCommand extends SyncCommandBase {
    @Parameters(paramLabel = "FILE", descriptionKey = "cli.opt.bundleFile")
    Path file;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", descriptionKey = "cli.opt.format")
    OutputFormat format;

    @Override
    int run(Session session) throws Exception {
        VerifyService verify = session.sync().verify();
        VerifyService.Verdict v = verify.verify(file);
        Optional<String> elsewhere = verify.addressedElsewhere(v);
        if (format == OutputFormat.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", file.getFileName().toString());
            json.put("valid", v.valid());
            v.info().ifPresent(i -> json.put("bundle", i));
            if (v.valid()) {
                json.put("addressedHere", elsewhere.isEmpty());
            }
            elsewhere.ifPresent(m -> json.put("note", m));
            v.reasonCode().ifPresent(c -> json.put("reason", c));
            v.message().ifPresent(m -> json.put("message", m));
            printJson(json);
        } else if (v.valid()) {
            SyncCrypto.BundleInfo i = v.info().orElseThrow();
            out().println(Messages.get("cli.verify.valid", i.fileName()));
            out().println(Messages.get("cli.verify.details", i.originName(), i.origin(), i.sequence(), i.fromChange(),
                    i.toChange(), i.total(), i.kind(), local(i.createdAt())));
            out().println("  " + counts(i.counts()));
            out().println(Messages.get("cli.enrol.signing", i.signerFingerprintDisplay()));
            elsewhere.ifPresent(out()::println);
        } else {
            context().err().println(v.message().orElseThrow());
        }
        return v.valid() ? Vreg.OK : Vreg.USER_ERROR;
    }
}
