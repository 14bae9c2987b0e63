package org.villageregistry.report;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.villageregistry.report.ReportDocument.QrCode;

/**
 * A QR code drawn as vector squares (sharp in print and in a phone photo), with its caption beside it. The code is
 * at least {@link #SIZE} points wide and its modules at least {@link #MODULE_MM} mm, so an office scanner at
 * 150 dpi still gives each module three or more pixels.
 */
final class QrDrawer {
    static final float SIZE = 150f;
    static final float MODULE_MM = 0.6f;
    private static final float POINTS_PER_MM = 72f / 25.4f;
    private final PdfPages pages;

    QrDrawer(PdfPages pages) {
        this.pages = pages;
    }

    void draw(QrCode qr) {
        Optional<BitMatrix> code = qr.content().map(QrDrawer::matrix);
        float size = code.map(m -> Math.max(SIZE, m.getWidth() * MODULE_MM * POINTS_PER_MM)).orElse(SIZE);
        pages.ensure(size + 16);
        float top = pages.y() - 4;
        float x = pages.left();
        if (code.isPresent()) {
            BitMatrix matrix = code.get();
            float module = size / matrix.getWidth();
            pages.fill(x, top - size, size, size, Color.WHITE);
            List<float[]> runs = new ArrayList<>();
            for (int row = 0; row < matrix.getHeight(); row++) {
                for (int col = 0; col < matrix.getWidth(); col++) {
                    if (matrix.get(col, row)) {
                        int start = col;
                        while (col + 1 < matrix.getWidth() && matrix.get(col + 1, row)) {
                            col++;
                        }
                        runs.add(new float[] {x + start * module, top - (row + 1) * module,
                                (col - start + 1) * module, module});
                    }
                }
            }
            pages.fillTogether(runs, Color.BLACK);
        } else {
            pages.box(x, top - size, size, size, 0.6f, PdfPages.LINE);
        }
        float textX = x + size + 16;
        float baseline = top - 14;
        for (String line : qr.caption()) {
            for (String part : pages.wrap(line, pages.fonts.regular, 9f, pages.width() - size - 16)) {
                pages.text(part, textX, baseline, pages.fonts.regular, 9f);
                baseline -= 13;
            }
        }
        pages.down(size + 14);
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
