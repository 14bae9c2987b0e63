package org.villageregistry.report;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.util.Map;
import org.villageregistry.report.ReportDocument.QrCode;

/** A QR code drawn as vector squares (sharp in print and in a phone photo), with its caption beside it. */
final class QrDrawer {
    static final float SIZE = 150f;
    private final PdfPages pages;

    QrDrawer(PdfPages pages) {
        this.pages = pages;
    }

    void draw(QrCode qr) {
        pages.ensure(SIZE + 16);
        float top = pages.y() - 4;
        float x = pages.left();
        if (qr.content().isPresent()) {
            BitMatrix matrix = matrix(qr.content().get());
            float module = SIZE / matrix.getWidth();
            pages.fill(x, top - SIZE, SIZE, SIZE, Color.WHITE);
            for (int row = 0; row < matrix.getHeight(); row++) {
                for (int col = 0; col < matrix.getWidth(); col++) {
                    if (matrix.get(col, row)) {
                        pages.fill(x + col * module, top - (row + 1) * module, module, module, Color.BLACK);
                    }
                }
            }
        } else {
            pages.box(x, top - SIZE, SIZE, SIZE, 0.6f, PdfPages.LINE);
        }
        float textX = x + SIZE + 16;
        float baseline = top - 14;
        for (String line : qr.caption()) {
            for (String part : pages.wrap(line, pages.fonts.regular, 9f, pages.width() - SIZE - 16)) {
                pages.text(part, textX, baseline, pages.fonts.regular, 9f);
                baseline -= 13;
            }
        }
        pages.down(SIZE + 14);
    }

    static BitMatrix matrix(String content) {
        try {
            return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("the receipt summary does not fit in a QR code", e);
        }
    }
}
