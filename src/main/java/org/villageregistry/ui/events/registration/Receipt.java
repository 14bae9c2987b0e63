package org.villageregistry.ui.events.registration;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.registration.BirthRegistration;
import org.villageregistry.domain.registration.RegisteredChild;
import org.villageregistry.domain.registration.Spouse;
import org.villageregistry.domain.text.Messages;

/**
 * The receipt (回执) of a 生育登记, laid out as a node and printed with the JavaFX printer dialog. ID numbers
 * are masked on the paper the family takes home. (The PDF with a QR code is the report module's.)
 */
public final class Receipt {
    private Receipt() {
    }

    public static VBox layout(BirthRegistration r) {
        Label title = new Label(Messages.get("events.receipt.title"));
        title.setStyle("-fx-font-size: 20px; -fx-font-weight: bold;");
        Label number = new Label(Messages.get("events.receipt.number", r.registrationNumber()));
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        int row = 0;
        row = spouse(grid, row, "events.registration.wife", r.wife());
        row = spouse(grid, row, "events.registration.husband", r.husband());
        for (RegisteredChild c : r.children()) {
            line(grid, row++, Messages.get("events.receipt.child", c.order()),
                    c.name() + "　" + (c.sex() == null ? "" : c.sex().label()) + "　"
                            + (c.birthDate() == null ? "" : c.birthDate()));
        }
        line(grid, row++, Messages.get("events.registration.order"),
                Messages.get("events.registration.orderValue", r.registeredOrder()));
        line(grid, row++, Messages.get("events.registration.registeredOn"), String.valueOf(r.registeredOn()));
        if (r.expectedDelivery() != null) {
            line(grid, row++, Messages.get("events.registration.expectedDelivery"), r.expectedDelivery().toString());
        }
        line(grid, row, Messages.get("events.registration.office"), r.office());
        Label seal = new Label(Messages.get("events.receipt.seal", r.office()));
        VBox receipt = new VBox(14, title, number, grid, seal);
        receipt.setId("receipt");
        receipt.setAlignment(Pos.TOP_LEFT);
        receipt.setPadding(new Insets(24));
        receipt.setStyle("-fx-background-color: white; -fx-border-color: #888;");
        return receipt;
    }

    private static int spouse(GridPane grid, int row, String roleKey, Spouse s) {
        line(grid, row++, Messages.get(roleKey), s.name() + "　" + (s.idNumber() == null ? ""
                : IdNumber.mask(s.idNumber())) + "　" + (s.ethnicity() == null ? "" : s.ethnicity().label()));
        return row;
    }

    private static void line(GridPane grid, int row, String label, String value) {
        Label l = new Label(label);
        l.setStyle("-fx-font-weight: bold;");
        grid.add(l, 0, row);
        grid.add(new Label(value), 1, row);
    }

    /** Prints the receipt after the printer dialog; false when there is no printer or the user cancelled. */
    public static boolean print(Node receipt, Node owner) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return false;
        }
        if (!job.showPrintDialog(owner.getScene() == null ? null : owner.getScene().getWindow())) {
            job.cancelJob();
            return false;
        }
        PageLayout page = job.getJobSettings().getPageLayout();
        receipt.applyCss();
        double scale = Math.min(1.0, Math.min(page.getPrintableWidth() / receipt.getBoundsInParent().getWidth(),
                page.getPrintableHeight() / receipt.getBoundsInParent().getHeight()));
        Scale fit = new Scale(scale, scale);
        receipt.getTransforms().add(fit);
        boolean printed = job.printPage(receipt);
        receipt.getTransforms().remove(fit);
        return printed && job.endJob();
    }
}
