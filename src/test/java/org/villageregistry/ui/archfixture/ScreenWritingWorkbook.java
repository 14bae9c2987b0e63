package org.villageregistry.ui.archfixture;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Breaks "only report and sheet touch spreadsheets" on purpose. */
public class ScreenWritingWorkbook {
    public XSSFWorkbook workbook() {
        return new XSSFWorkbook();
    }
}
