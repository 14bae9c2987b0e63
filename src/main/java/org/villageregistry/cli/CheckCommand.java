package org.villageregistry.cli;

import org.villageregistry.session.Session;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** vreg check: data-quality findings. Exit 0 even with findings: they are work to do, not a failure. */
@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand extends CommandBase {
    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", descriptionKey = "cli.opt.format")
    OutputFormat format;

    @Override
    int run(Session session) throws Exception {
        List<Finding> findings = session.services().quality().findings();
        if (format == OutputFormat.json) {
            printJson(findings.stream().map(f -> {
                Map<String, Object> m = new LinkedHashMap<>();
                if (!f.village().isEmpty()) {
                    m.put("village", f.village());
                }
                m.put("kind", f.kind());
                m.put("recordId", f.recordId());
                m.put("record", f.record());
                m.put("message", f.message());
                return m;
            }).toList());
            return Vreg.OK;
        }
        if (findings.isEmpty()) {
            out().println(Messages.get("cli.check.none"));
            return Vreg.OK;
        }
        boolean byVillage = findings.stream().anyMatch(f -> !f.village().isEmpty());
        TextTable table = byVillage
                ? new TextTable(Messages.get("cli.col.village"), Messages.get("cli.col.kind"),
                        Messages.get("cli.col.record"), Messages.get("cli.col.message"))
                : new TextTable(Messages.get("cli.col.kind"), Messages.get("cli.col.record"),
                        Messages.get("cli.col.message"));
        findings.forEach(f -> {
            if (byVillage) {
                table.row(f.village(), f.kind().label(), f.record(), f.message());
            } else {
                table.row(f.kind().label(), f.record(), f.message());
            }
        });
        table.print(out());
        out().println(Messages.get("cli.check.count", findings.size()));
        return Vreg.OK;
    }
}
