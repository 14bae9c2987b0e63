package org.villageregistry.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.report.ReportDocument.BarChart;
import org.villageregistry.report.ReportDocument.Block;
import org.villageregistry.report.ReportDocument.Heading;
import org.villageregistry.report.ReportDocument.Lines;
import org.villageregistry.report.ReportDocument.Pyramid;
import org.villageregistry.report.ReportDocument.QrCode;
import org.villageregistry.report.ReportDocument.Signatures;

/** Draws a {@link ReportDocument} as an A4 PDF with the embedded, subset Noto Sans SC font. */
public final class PdfRenderer {
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public byte[] render(ReportDocument document, ReportProgress progress, CancelCheck cancel) {
        return ReportFonts.made(faces -> render(document, progress, cancel, faces));
    }

    static byte[] render(ReportDocument document, ReportProgress progress, CancelCheck cancel,
            ReportFonts.Faces faces) {
        try (PDDocument doc = new PDDocument()) {
            info(doc, document);
            DrawnText drawn;
            try (PdfPages pages = new PdfPages(doc, document.landscape(), faces)) {
                pages.centred(document.title(), pages.left() + pages.width() / 2, pages.y() - 16,
                        pages.fonts.bold, 16f);
                pages.down(30);
                List<Block> blocks = document.blocks();
                for (int i = 0; i < blocks.size(); i++) {
                    cancel.throwIfCancelled();
                    Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
                    pages.ensure(withSignatures(pages, blocks, i));
                    draw(pages, blocks.get(i), next instanceof Signatures s ? signaturesHeight(s) : 0f);
                    progress.progress(0.5 + 0.4 * (i + 1) / blocks.size(), Messages.get("report.progress.layout"));
                }
                if (!pages.fonts.missing().isEmpty()) {
                    // a rare character of a name that no shipped font has: the paper says which, so that it is
                    // written in by hand rather than read as "?"
                    draw(pages, new Lines(List.of(Messages.get("report.missingGlyphs", pages.fonts.missing().size(),
                            String.join("、", pages.fonts.missing().stream().map(cp -> String.format("U+%04X", cp))
                                    .toList()))), false), 0f);
                }
                pages.close();
                footers(doc, document, pages.fonts);
                drawn = pages.fonts.drawn();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            drawn.save(doc, out);
            progress.progress(1.0, Messages.get("report.progress.done"));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF", e);
        }
    }

    private static void info(PDDocument doc, ReportDocument document) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(document.title());
        info.setCreator(Messages.get("report.app") + " " + document.header().program().version());
        info.setAuthor(document.header().user());
    }

    /** keepWithLast: the height of a signature block that follows, kept on the page of the table's last row. */
    private static void draw(PdfPages pages, Block block, float keepWithLast) {
        if (block instanceof Heading h) {
            pages.ensure(60);
            pages.down(4);
            pages.text(h.text(), pages.left(), pages.y() - 12, pages.fonts.bold, 11f);
            pages.down(20);
        } else if (block instanceof Lines l) {
            lines(pages, l);
        } else if (block instanceof ReportTable t) {
            new TableDrawer(pages, t.columns().size() > 12 ? 7f : 8.5f).draw(t, keepWithLast);
        } else if (block instanceof BarChart c) {
            new ChartDrawer(pages).bars(c);
        } else if (block instanceof Pyramid p) {
            new ChartDrawer(pages).pyramid(p);
        } else if (block instanceof Signatures s) {
            signatures(pages, s);
        } else if (block instanceof QrCode q) {
            new QrDrawer(pages).draw(q);
        }
    }

    private static void lines(PdfPages pages, Lines l) {
        var font = l.bold() ? pages.fonts.bold : pages.fonts.regular;
        for (String line : l.lines()) {
            for (String part : pages.wrap(line, font, 9.5f, pages.width())) {
                pages.ensure(14);
                pages.text(part, pages.left(), pages.y() - 10, font, 9.5f);
                pages.down(14);
            }
        }
        pages.down(4);
    }

    /**
     * Headings and lines that come last, just before the signatures, go onto a new page together with them when they
     * do not fit where they are, so that the signatures are never left alone on a page of their own (a table before
     * the signatures keeps its last row with them instead: {@code keepWithLast}). 0 when no such run starts here.
     */
    private static float withSignatures(PdfPages pages, List<Block> blocks, int from) {
        float height = 0;
        for (int i = from; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof Signatures s) {
                return i == from ? 0 : height + signaturesHeight(s);
            } else if (b instanceof Heading) {
                height += 24;
            } else if (b instanceof Lines l) {
                var font = l.bold() ? pages.fonts.bold : pages.fonts.regular;
                for (String line : l.lines()) {
                    height += 14 * pages.wrap(line, font, 9.5f, pages.width()).size();
                }
                height += 4;
            } else {
                return 0;
            }
        }
        return 0;
    }

    private static float signaturesHeight(Signatures s) {
        return s.stamp() ? 96 : 36;
    }

    private static void signatures(PdfPages pages, Signatures s) {
        float height = signaturesHeight(s);
        pages.ensure(height);
        float top = pages.y() - 8;
        float columnWidth = (pages.width() - (s.stamp() ? 120 : 0)) / s.labels().size();
        for (int i = 0; i < s.labels().size(); i++) {
            float x = pages.left() + i * columnWidth;
            pages.text(s.labels().get(i) + "：", x, top - 20, pages.fonts.regular, 9.5f);
            pages.line(x + 48, top - 22, x + columnWidth - 12, top - 22, 0.5f, PdfPages.LINE);
        }
        if (s.stamp()) {
            float bx = pages.left() + pages.width() - 100;
            pages.box(bx, top - 90, 100, 88, 0.6f, PdfPages.LINE);
            pages.centred(s.stampLabel(), bx + 50, top - 50, pages.fonts.regular, 8f);
        }
        pages.down(height);
    }

    /** "第 X 页 / 共 Y 页", the title, generation time, user, app version and build date at the foot of every page. */
    private static void footers(PDDocument doc, ReportDocument document, ReportFonts fonts) throws IOException {
        ReportHeader h = document.header();
        String made = Messages.get("report.footer.generated", GENERATED.format(h.generatedAt()), h.user(),
                Messages.get("report.app"), h.program().version(), h.program().buildDate());
        int total = doc.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage page = doc.getPage(i);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, AppendMode.APPEND, true, true)) {
                float w = page.getMediaBox().getWidth();
                float base = 26;
                cs.setStrokingColor(PdfPages.LINE);
                cs.setLineWidth(0.4f);
                cs.moveTo(PdfPages.MARGIN, base + 12);
                cs.lineTo(w - PdfPages.MARGIN, base + 12);
                cs.stroke();
                write(cs, fonts, document.title() + "  " + h.divisionName() + "（" + h.divisionCode() + "）",
                        PdfPages.MARGIN, base);
                String pageText = Messages.get("report.footer.page", String.valueOf(i + 1), String.valueOf(total));
                float pw = fonts.width(fonts.regular, fonts.printable(fonts.regular, pageText), 8f);
                write(cs, fonts, pageText, w - PdfPages.MARGIN - pw, base);
                write(cs, fonts, made, PdfPages.MARGIN, base - 11);
            }
        }
    }

    private static void write(PDPageContentStream cs, ReportFonts fonts, String text, float x, float y)
            throws IOException {
        cs.beginText();
        cs.setNonStrokingColor(java.awt.Color.DARK_GRAY);
        cs.setFont(fonts.regular, 8f);
        cs.newLineAtOffset(x, y);
        cs.showText(fonts.shown(fonts.regular, text));
        cs.endText();
    }
}
