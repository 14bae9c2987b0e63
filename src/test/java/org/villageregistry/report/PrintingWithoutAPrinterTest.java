package org.villageregistry.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.print.PageFormat;
import java.awt.print.Pageable;
import java.awt.print.Printable;
import java.awt.print.PrinterJob;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;

/** The township's workstation has no printer: the clerk is told so in Chinese and where to print instead. */
class PrintingWithoutAPrinterTest {
    private final RecordingJob job = new RecordingJob();

    @BeforeEach
    void chinese() {
        Messages.setLocale(Messages.CHINESE);
    }

    @Test
    void withoutAPrinterTheClerkIsToldToSaveThePdfAndNoEnglishDialogOpens() throws IOException {
        assertThatThrownBy(() -> PdfPreview.print(onePage(), "月报", job, () -> false))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("没有安装打印机").hasMessageContaining("另存为");
        assertThat(job.dialogs).as("the system dialog would say \"No print service found.\"").isZero();
    }

    @Test
    void withAPrinterThePrintDialogDecides() throws IOException {
        job.confirm = true;
        assertThat(PdfPreview.print(onePage(), "月报", job, () -> true)).isTrue();
        assertThat(job.printed).isTrue();
        assertThat(job.dialogs).isOne();
    }

    private static byte[] onePage() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A print job that remembers whether its dialog was shown and answers it as told. */
    private static final class RecordingJob extends PrinterJob {
        int dialogs;
        boolean confirm;
        boolean printed;
        private String name = "";

        @Override
        public boolean printDialog() {
            dialogs++;
            return confirm;
        }

        @Override
        public void print() {
            printed = true;
        }

        @Override
        public void setPrintable(Printable painter) {
        }

        @Override
        public void setPrintable(Printable painter, PageFormat format) {
        }

        @Override
        public void setPageable(Pageable document) {
        }

        @Override
        public PageFormat pageDialog(PageFormat page) {
            return page;
        }

        @Override
        public PageFormat defaultPage(PageFormat page) {
            return page;
        }

        @Override
        public PageFormat validatePage(PageFormat page) {
            return page;
        }

        @Override
        public void setCopies(int copies) {
        }

        @Override
        public int getCopies() {
            return 1;
        }

        @Override
        public String getUserName() {
            return "";
        }

        @Override
        public void setJobName(String jobName) {
            name = jobName;
        }

        @Override
        public String getJobName() {
            return name;
        }

        @Override
        public void cancel() {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }
}
