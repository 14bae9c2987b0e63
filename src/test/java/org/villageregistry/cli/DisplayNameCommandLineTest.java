package org.villageregistry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.text.Messages;

/** 制表人 prints a person's name, set at init and editable, not the login. */
class DisplayNameCommandLineTest extends VillageAtTheTerminal {
    @Test
    void documentsPrintTheDisplayNameSetAtInitAndChangedLater() throws Exception {
        Messages.setLocale(Messages.CHINESE);
        home = temp.resolve("柳树村");
        assertThat(vreg("init", "--role", "village", "--division", "410103100001", "--name", "柳树村",
                "--user", "admin", "--display-name", "王1")).isNotZero();
        assertThat(err.toString()).contains("“王1”");
        assertThat(Files.exists(home.resolve("register.mv.db"))).as("nothing made on a refused name").isFalse();

        ok("init", "--role", "village", "--division", "410103100001", "--name", "柳树村", "--user", "admin",
                "--display-name", "王秀英");
        assertThat(out.toString()).contains("王秀英");
        assertThat(footer("a.pdf")).contains("制表人 王秀英").doesNotContain("制表人 admin");

        ok("user", "display-name", "admin", "李红梅");
        ok("user", "list");
        assertThat(out.toString()).contains("admin").contains("李红梅");
        assertThat(footer("b.pdf")).contains("制表人 李红梅");

        assertThat(vreg("user", "display-name", "admin", "李 红")).isNotZero();
        assertThat(err.toString()).contains("“李 红”");
        assertThat(vreg("user", "display-name", "nobody", "张三")).isNotZero();
        assertThat(err.toString()).contains("nobody");
        assertThat(footer("c.pdf")).contains("制表人 李红梅");
        ok("user", "display-name", "admin", "");
        assertThat(footer("d.pdf")).contains("制表人 admin");
    }

    private String footer(String file) throws Exception {
        Path pdf = temp.resolve(file);
        ok("report", "monthly", "--period", "2026-11", "--out", pdf.toString());
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
    }
}
