package org.villageregistry.report;

import java.awt.image.BufferedImage;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.print.PrintServiceLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.villageregistry.domain.text.RegistryException;

/** A rendered report's pages as pictures for a preview, and the same PDF sent to a printer (PDFBox stays here). */
final class PdfPreview {
    private PdfPreview() {
    }

    /**
     * The pages as PNG pictures, rendered one at a time: only one page is ever held as pixels (3.6 MB at 96 dpi),
     * where a list of rendered pages held them all (a township's monthly report: 10 pages, 36 MB).
     */
    static List<PreviewPage> pages(byte[] pdf, float dpi, CancelCheck cancel) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<PreviewPage> pages = new ArrayList<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                cancel.throwIfCancelled();
                BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.RGB);
                ByteArrayOutputStream png = new ByteArrayOutputStream(256 * 1024);
                if (!ImageIO.write(image, "png", png)) {
                    throw new IOException("no PNG writer");
                }
                pages.add(new PreviewPage(i + 1, image.getWidth(), image.getHeight(), png.toByteArray()));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the report's pages", e);
        }
    }

    /** Whether the workstation has a printer; a test answers for itself without needing one. */
    @FunctionalInterface
    interface Printers {
        boolean anyInstalled();

        Printers OF_THIS_COMPUTER = () -> PrintServiceLookup.lookupPrintServices(null, null).length > 0;
    }

    /** Shows the system print dialog of the job; prints when the user confirms. True when it was printed. */
    static boolean print(byte[] pdf, String jobName, PrinterJob job) {
        return print(pdf, jobName, job, Printers.OF_THIS_COMPUTER);
    }

    /**
     * As {@link #print(byte[], String, PrinterJob)}, but without a printer the clerk is told so in his language
     * (the system's own dialog would say "No print service found." in English and then print nothing).
     */
    static boolean print(byte[] pdf, String jobName, PrinterJob job, Printers printers) {
        if (!printers.anyInstalled()) {
            throw new RegistryException("report.print.noPrinter");
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(doc));
            if (!job.printDialog()) {
                return false;
            }
            job.print();
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report for printing", e);
        } catch (PrinterException e) {
            throw new RegistryException("report.print.failed", String.valueOf(e.getMessage()));
        }
    }
}
