package procedo.catalog.excel;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import procedo.catalog.audit.AuditFilter;
import procedo.catalog.audit.AuditRecord;
import procedo.catalog.audit.AuditTrail;
import procedo.catalog.text.Messages;

/**
 * The audit trail as a workbook, newest record first, streamed (a window of rows in memory, whatever the trail's
 * length). Every cell is text — a value starting with {@code =} stays text, never a formula — and times are written
 * as Vietnamese readers expect, {@code dd/MM/yyyy HH:mm} in Asia/Ho_Chi_Minh.
 */
public final class AuditWorkbook {

    /** Excel's longest cell text; longer states are cut with a note saying so. */
    static final int MAX_CELL = 32_767;
    private static final String CUT = "… (cắt bớt)";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(Messages.VIET_NAM);
    private static final String[] HEADERS = {"Số thứ tự", "Thời gian", "Người thực hiện", "Tên hiển thị", "Địa chỉ",
        "Hành động", "Loại đối tượng", "Mã đối tượng", "Mã thủ tục", "Mã tỉnh", "Trước", "Sau", "Mã băm trước",
        "Mã băm"};

    private AuditWorkbook() {
    }

    /** Writes the records matching {@code filter} to {@code out}; returns their number. */
    public static long write(AuditTrail trail, AuditFilter filter, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            SheetWriter sheet = new SheetWriter(workbook.createSheet("Nhật ký"), new SheetWriter.Styles(workbook));
            sheet.header(HEADERS);
            long[] count = {0};
            trail.forEach(filter, r -> {
                row(sheet, r);
                count[0]++;
            });
            workbook.write(out);
            return count[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    private static void row(SheetWriter sheet, AuditRecord r) {
        sheet.row().text(Long.toString(r.sequence())).text(TIME.format(r.at())).text(r.username())
                .text(r.displayName()).text(r.address()).text(r.action()).text(r.subjectType()).text(r.subjectId())
                .text(r.procedureCode()).text(r.provinceCode()).text(fit(r.before())).text(fit(r.after()))
                .text(r.previousHash()).text(r.hash());
    }

    private static String fit(String text) {
        return text == null || text.length() <= MAX_CELL ? text : text.substring(0, MAX_CELL - CUT.length()) + CUT;
    }
}
