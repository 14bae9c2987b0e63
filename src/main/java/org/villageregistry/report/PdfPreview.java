package org.villageregistry.report;

import java.awt.image.BufferedImage;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
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

    static List<BufferedImage> pages(byte[] pdf, float dpi, CancelCheck cancel) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<BufferedImage> images = new ArrayList<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                cancel.throwIfCancelled();
                images.add(renderer.renderImageWithDPI(i, dpi, ImageType.RGB));
            }
            return images;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the report's pages", e);
        }
    }

    /** Shows the system print dialog of the job; prints when the user confirms. True when it was printed. */
    static boolean print(byte[] pdf, String jobName, PrinterJob job) {
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
