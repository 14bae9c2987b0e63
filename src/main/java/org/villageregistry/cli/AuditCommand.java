package org.villageregistry.cli;

import org.villageregistry.domain.repository.ChainVerification;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.AuditService;
import picocli.CommandLine.Command;

/** vreg audit verify. */
@Command(name = "audit", mixinStandardHelpOptions = true, subcommands = AuditCommand.Verify.class)
final class AuditCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), Messages.get("cli.error.noCommand"));
    }

    /** Re-computes the change log's hash chain; a broken chain is exit code 1 with the first broken link. */
    @Command(name = "verify", mixinStandardHelpOptions = true)
    static final class Verify extends CommandBase {
        @Override
        int run(Register register) {
            ChainVerification result = new AuditService(register).verifyChain();
            if (result.intact()) {
                out().println(Messages.get("cli.audit.intact", result.checked()));
                return Vreg.OK;
            }
            context().err().println(Messages.get("cli.audit.broken", result.firstBroken().getAsLong(),
                    PersonText.text(result.reason()), result.checked()));
            return Vreg.USER_ERROR;
        }
    }
}
