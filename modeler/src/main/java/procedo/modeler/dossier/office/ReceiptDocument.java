package procedo.modeler.dossier.office;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import procedo.modeler.dossier.DossierNumbers;
import procedo.modeler.dossier.Receipt;
import procedo.catalog.text.Messages;

/**
 * The receipt and appointment slip as one-stop counters hand it out (giấy tiếp nhận hồ sơ và hẹn trả kết quả): the
 * national header, the dossier number, the applicant, the procedure, the components received in a table, the
 * processing time and the appointment day (dd/MM/yyyy, Vietnam's time), the look-up code with the address of the
 * status page, and the signatures of applicant and receiving officer. Times New Roman, A4.
 */
public final class ReceiptDocument {

    private static final String FONT = "Times New Roman";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(Messages.VIET_NAM);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút', 'ngày' dd/MM/yyyy")
            .withZone(Messages.VIET_NAM);

    /**
     * Writes the receipt.
     *
     * @param statusUrl the full address of the public status page, printed for the applicant
     */
    public void write(Receipt r, String statusUrl, OutputStream out) {
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            text(doc, ParagraphAlignment.CENTER, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, true);
            XWPFRun motto = run(paragraph(doc, ParagraphAlignment.CENTER), "Độc lập - Tự do - Hạnh phúc", 13, true);
            motto.setUnderline(UnderlinePatterns.SINGLE);
            text(doc, ParagraphAlignment.CENTER, "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ — " + r.localityName()
                    .toUpperCase(new Locale("vi")), 12, false);
            paragraph(doc, ParagraphAlignment.CENTER);
            text(doc, ParagraphAlignment.CENTER, "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", 14, true);
            text(doc, ParagraphAlignment.CENTER, "Mã hồ sơ: " + r.dossierNumber(), 13, true);
            paragraph(doc, ParagraphAlignment.LEFT);
            line(doc, "Bộ phận tiếp nhận và trả kết quả: ", r.localityName());
            line(doc, "Tiếp nhận hồ sơ của: ", r.applicantName() == null ? "" : r.applicantName());
            line(doc, "Nội dung yêu cầu giải quyết: ", r.procedureName() + " (mã thủ tục " + r.procedureCode() + ")");
            text(doc, ParagraphAlignment.LEFT, "1. Thành phần hồ sơ nộp gồm:", 13, false);
            components(doc, r);
            line(doc, "2. Số lượng hồ sơ: ", "01 bộ");
            line(doc, "3. Thời hạn giải quyết hồ sơ theo quy định: ", r.processingDays() + " ngày làm việc");
            line(doc, "4. Thời gian nhận hồ sơ: ", TIME.format(r.receivedAt()));
            line(doc, "5. Thời gian trả kết quả giải quyết hồ sơ: ", r.dueAt() == null ? "" : "ngày "
                    + day(r.dueAt()));
            line(doc, "6. Tra cứu tình trạng hồ sơ tại: ", statusUrl);
            line(doc, "    Số hồ sơ: ", r.dossierNumber());
            line(doc, "    Mã tra cứu: ", r.lookupCode());
            paragraph(doc, ParagraphAlignment.LEFT);
            XWPFTable signatures = doc.createTable(3, 2);
            signatures.removeBorders();
            signatures.setWidth("100%");
            cell(signatures.getRow(0), 0, "NGƯỜI NỘP HỒ SƠ", true);
            cell(signatures.getRow(0), 1, "NGƯỜI TIẾP NHẬN HỒ SƠ", true);
            cell(signatures.getRow(1), 0, "(Ký và ghi rõ họ tên)", false);
            cell(signatures.getRow(1), 1, "(Ký và ghi rõ họ tên)", false);
            cell(signatures.getRow(2), 0, "\n\n\n" + (r.applicantName() == null ? "" : r.applicantName()), false);
            cell(signatures.getRow(2), 1, "\n\n\n" + (r.receiverName() == null ? "" : r.receiverName()), false);
            doc.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A day as printed on the slip: dd/MM/yyyy in Vietnam's time zone. */
    public static String day(Instant at) {
        return DAY.format(at);
    }

    private static void components(XWPFDocument doc, Receipt r) {
        XWPFTable table = doc.createTable(1 + r.components().size(), 4);
        table.setWidth("100%");
        String[] heads = {"STT", "Tên giấy tờ", "Bản chính", "Bản sao"};
        for (int i = 0; i < heads.length; i++) {
            cell(table.getRow(0), i, heads[i], true);
        }
        int n = 0;
        for (Receipt.Component c : r.components()) {
            n++;
            XWPFTableRow row = table.getRow(n);
            cell(row, 0, Integer.toString(n), false);
            cell(row, 1, c.name() + (c.caseName().isEmpty() ? "" : " (" + c.caseName() + ")"), false);
            cell(row, 2, Integer.toString(c.originals()), false);
            cell(row, 3, Integer.toString(c.copies()), false);
        }
    }

    private static void cell(XWPFTableRow row, int column, String text, boolean bold) {
        XWPFParagraph p = row.getCell(column).getParagraphs().get(0);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = run(p, lines[i], 12, bold);
            if (i < lines.length - 1) {
                run.addBreak();
            }
        }
    }

    private static void line(XWPFDocument doc, String label, String value) {
        XWPFParagraph p = paragraph(doc, ParagraphAlignment.LEFT);
        run(p, label, 13, false);
        run(p, value, 13, true);
    }

    private static void text(XWPFDocument doc, ParagraphAlignment align, String text, int size, boolean bold) {
        run(paragraph(doc, align), text, size, bold);
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingAfter(60);
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text);
        return run;
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1701));
        margins.setRight(BigInteger.valueOf(1134));
    }
}
