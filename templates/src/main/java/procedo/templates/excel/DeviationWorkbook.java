package procedo.templates.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import procedo.templates.adoption.Deviation;
import procedo.templates.adoption.DeviationReport;
import procedo.templates.adoption.LocalityDeviations;

/** The deviation report as a workbook: one row per deviation of a locality from the national standard. */
public final class DeviationWorkbook {

    public void write(DeviationReport report, OutputStream out) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            SXSSFSheet sheet = wb.createSheet("Deviations");
            PackageWorkbookWriter.row(sheet, 0, "Báo cáo sai khác so với chuẩn quốc gia: " + report.templateCode() + " — "
                    + report.templateName());
            sheet.getRow(0).getCell(0).setCellStyle(header);
            PackageWorkbookWriter.row(sheet, 1, "Phiên bản chuẩn: " + report.standardVersion() + "; thời hạn chuẩn: "
                    + report.standardProcessingDays() + " ngày làm việc; " + report.adoptions() + " địa phương áp dụng, "
                    + report.conforming() + " đúng chuẩn");
            String[] heads = {"locality_code", "locality", "central_version", "kind", "burdensome", "subject",
                "standard", "local"};
            Row head = sheet.createRow(3);
            for (int i = 0; i < heads.length; i++) {
                head.createCell(i).setCellValue(heads[i]);
                head.getCell(i).setCellStyle(header);
            }
            int r = 4;
            for (LocalityDeviations l : report.localities()) {
                for (Deviation d : l.deviations()) {
                    PackageWorkbookWriter.row(sheet, r++, l.localityCode(), l.localityName(), l.centralVersion(),
                            d.kind().name(), d.kind().burdensome() ? "x" : "", d.subject(), d.standard(), d.local());
                }
            }
            for (int i = 0; i < heads.length; i++) {
                sheet.setColumnWidth(i, (i == 1 || i == 5 || i == 7 ? 40 : 16) * 256);
            }
            wb.write(out);
            wb.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
