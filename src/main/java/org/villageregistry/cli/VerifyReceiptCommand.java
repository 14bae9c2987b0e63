package org.villageregistry.cli;

import org.villageregistry.session.Session;
import java.nio.file.Path;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.report.ReceiptScanner;
import org.villageregistry.service.ReceiptCheck;
import org.villageregistry.service.ReceiptClaims;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * vreg verify-receipt (--text JWS | --image PHOTO): checks a birth registration receipt's signed QR code offline
 * against this workstation's own key and the keys of the workstations it enrolled. Exit 0 when intact, 1 when
 * altered, unknown or unreadable.
 */
@Command(name = "verify-receipt", mixinStandardHelpOptions = true)
final class VerifyReceiptCommand extends CommandBase {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--text", paramLabel = "JWS", descriptionKey = "cli.opt.receiptText")
        String text;

        @Option(names = "--image", paramLabel = "PHOTO.png", descriptionKey = "cli.opt.receiptImage")
        Path image;
    }

    @Override
    int run(Session session) {
        Register register = session.register();
        String jws = source.text != null ? source.text
                : new ReceiptScanner().scan(source.image)
                        .orElseThrow(() -> new RegistryException("cli.verifyReceipt.noCode", source.image.toString()));
        ReceiptCheck check = session.receiptSigning().verifier(register).orElseThrow().verify(jws);
        if (!check.intact()) {
            context().err().println(Messages.get("cli.verifyReceipt.broken", check.problem().orElse("")));
            return Vreg.USER_ERROR;
        }
        ReceiptClaims c = check.claims().orElseThrow();
        out().println(Messages.get("cli.verifyReceipt.intact"));
        out().println(Messages.get("cli.verifyReceipt.issuer", check.issuer().orElse("")));
        out().println(Messages.get("cli.verifyReceipt.claims", c.registrationNumber(), String.valueOf(c.registeredOn()),
                String.valueOf(c.registeredOrder()), c.wifeName(), c.wifeIdMasked(), c.husbandName(),
                c.husbandIdMasked(), local(c.issuedAt())));
        return Vreg.OK;
    }
}
