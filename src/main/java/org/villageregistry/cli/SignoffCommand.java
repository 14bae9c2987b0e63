package org.villageregistry.cli;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.villageregistry.domain.sync.MonthlySignoffs.Signoff;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.signoff.SignoffService;
import org.villageregistry.service.signoff.VillageMonth;
import org.villageregistry.session.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * vreg signoff submit|status|approve|return: monthly sign-off (审核). A village submits a finished month (it goes in
 * the next bundle); the township lists each village's month (未报/待审/已审/退回, overdue ones named), approves it
 * or returns it with a reason (both go in the village's next receipt).
 */
@Command(name = "signoff", mixinStandardHelpOptions = true,
        subcommands = {SignoffCommand.Submit.class, SignoffCommand.Status.class, SignoffCommand.Approve.class,
                SignoffCommand.Return.class, SignoffCommand.Seal.class})
final class SignoffCommand extends CommandGroup {
    @Command(name = "submit", mixinStandardHelpOptions = true)
    static final class Submit extends CommandBase {
        @Option(names = "--period", required = true, paramLabel = "YYYY-MM", descriptionKey = "cli.opt.signoffPeriod")
        String period;

        @Override
        int run(Session session) {
            Signoff s = session.services().signoffs().submit(period);
            out().println(Messages.get("cli.signoff.submitted", s.period()));
            return Vreg.OK;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true)
    static final class Status extends CommandBase {
        @Option(names = "--period", paramLabel = "YYYY-MM", descriptionKey = "cli.opt.signoffStatusPeriod")
        String period;

        @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", descriptionKey = "cli.opt.format")
        OutputFormat format;

        @Override
        int run(Session session) throws Exception {
            SignoffService signoffs = session.services().signoffs();
            if (session.register().workstation().division().level()
                    == org.villageregistry.domain.division.DivisionLevel.VILLAGE) {
                return ownMonths(signoffs.ownMonths(), session.clock().getZone());
            }
            if (period == null) {
                throw new org.villageregistry.domain.text.RegistryException("cli.signoff.periodNeeded");
            }
            List<VillageMonth> months = signoffs.status(period);
            if (format == OutputFormat.json) {
                printJson(months.stream().map(Status::json).toList());
                return Vreg.OK;
            }
            TextTable table = new TextTable(Messages.get("cli.col.village"), Messages.get("cli.col.code"),
                    Messages.get("cli.col.signoffState"), Messages.get("cli.col.reason"));
            for (VillageMonth m : months) {
                table.row(m.villageName(), m.village(), m.state().label()
                        + (m.overdue() ? Messages.get("cli.signoff.overdueMark") : ""), m.reason().orElse(""));
            }
            table.print(out());
            List<String> overdue = months.stream().filter(VillageMonth::overdue).map(VillageMonth::overdueName).toList();
            out().println(overdue.isEmpty()
                    ? Messages.get("cli.signoff.noneOverdue", SignoffService.month(period).text(),
                            SignoffService.dueOn(SignoffService.month(period)))
                    : Messages.get("cli.signoff.overdue", String.join("、", overdue),
                            SignoffService.dueOn(SignoffService.month(period))));
            return Vreg.OK;
        }

        private int ownMonths(List<Signoff> own, ZoneId zone) throws Exception {
            List<Signoff> shown = period == null ? own
                    : own.stream().filter(s -> s.period().equals(SignoffService.month(period).text())).toList();
            if (format == OutputFormat.json) {
                printJson(shown.stream().map(s -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("period", s.period());
                    m.put("state", s.state().name());
                    m.put("submittedAt", s.submittedAt().toString());
                    m.put("reason", s.reason().orElse(null));
                    return m;
                }).toList());
                return Vreg.OK;
            }
            if (shown.isEmpty()) {
                out().println(Messages.get("cli.signoff.noneSubmitted"));
                return Vreg.OK;
            }
            TextTable table = new TextTable(Messages.get("cli.col.period"), Messages.get("cli.col.signoffState"),
                    Messages.get("cli.col.submittedAt"), Messages.get("cli.col.reason"));
            for (Signoff s : shown) {
                table.row(s.period(), Messages.get("cli.signoff.own." + s.state().name()),
                        s.submittedAt().atZone(zone).toLocalDateTime().withNano(0).toString().replace('T', ' '),
                        s.reason().orElse(""));
            }
            table.print(out());
            return Vreg.OK;
        }

        private static Map<String, Object> json(VillageMonth m) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("village", m.village());
            out.put("name", m.villageName());
            out.put("period", m.period());
            out.put("state", m.state().name());
            out.put("stateLabel", m.state().label());
            out.put("submittedAt", m.submittedAt().map(Object::toString).orElse(null));
            out.put("decidedAt", m.decidedAt().map(Object::toString).orElse(null));
            out.put("reason", m.reason().orElse(null));
            out.put("dueOn", m.dueOn().toString());
            out.put("overdue", m.overdue());
            return out;
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true)
    static final class Approve extends CommandBase {
        @Option(names = "--village", required = true, paramLabel = "CODE", descriptionKey = "cli.opt.village")
        String village;

        @Option(names = "--period", required = true, paramLabel = "YYYY-MM", descriptionKey = "cli.opt.signoffPeriod")
        String period;

        @Override
        int run(Session session) {
            VillageMonth m = session.services().signoffs().approve(village, period);
            out().println(Messages.get("cli.signoff.approved", m.villageName(), m.period()));
            return Vreg.OK;
        }
    }

    @Command(name = "return", mixinStandardHelpOptions = true)
    static final class Return extends CommandBase {
        @Option(names = "--village", required = true, paramLabel = "CODE", descriptionKey = "cli.opt.village")
        String village;

        @Option(names = "--period", required = true, paramLabel = "YYYY-MM", descriptionKey = "cli.opt.signoffPeriod")
        String period;

        @Option(names = "--reason", paramLabel = "TEXT", descriptionKey = "cli.opt.signoffReason")
        String reason;

        @Override
        int run(Session session) {
            VillageMonth m = session.services().signoffs().returnMonth(village, period, reason);
            out().println(Messages.get("cli.signoff.returned", m.villageName(), m.period(), m.reason().orElse("")));
            return Vreg.OK;
        }
    }

    @Command(name = "seal", mixinStandardHelpOptions = true)
    static final class Seal extends CommandBase {
        @Option(names = "--period", required = true, paramLabel = "YYYY-MM", descriptionKey = "cli.opt.signoffPeriod")
        String period;

        @Override
        int run(Session session) {
            var sealed = session.sync().townshipReports().seal(period);
            out().println(Messages.get("cli.signoff.sealed", sealed.period(), sealed.fileName(), sealed.approved(),
                    sealed.villages()));
            return Vreg.OK;
        }
    }
}
