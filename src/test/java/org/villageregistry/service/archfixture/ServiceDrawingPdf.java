package org.villageregistry.service.archfixture;

import org.apache.pdfbox.pdmodel.PDDocument;

/** Breaks "only report draws PDF" on purpose. */
public class ServiceDrawingPdf {
    public PDDocument page() {
        return new PDDocument();
    }
}
