package procedo.templates.office;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
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
import procedo.templates.model.FieldOption;
import procedo.templates.model.FieldType;
import procedo.templates.model.FormField;
import procedo.templates.model.FormSection;
import procedo.templates.model.FormTemplate;
import procedo.templates.model.TemplatePackage;

/**
 * A form template printed as Vietnamese administrative forms are: the national header, the form's title, each
 * field as its label followed by a dotted line, ☐ boxes for choices, tables for repeating groups, the help of a
 * field as a numbered footnote-style note, the signature block. Times New Roman, A4.
 */
public final class FormDocument {

    private static final String FONT = "Times New Roman";
    private static final String BOX = "\u2610";
    private static final int LINE = 95;

    public void write(TemplatePackage pkg, FormTemplate form, OutputStream out) {
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            text(doc, ParagraphAlignment.RIGHT, form.reference(), 11, false, true);
            text(doc, ParagraphAlignment.CENTER, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, true, false);
            XWPFParagraph motto = paragraph(doc, ParagraphAlignment.CENTER);
            XWPFRun m = run(motto, "Độc lập - Tự do - Hạnh phúc", 14, true, false);
            m.setUnderline(UnderlinePatterns.SINGLE);
            paragraph(doc, ParagraphAlignment.CENTER);
            text(doc, ParagraphAlignment.CENTER, form.title().toUpperCase(new java.util.Locale("vi")), 14, true, false);
            if (!form.addressee().isEmpty()) {
                text(doc, ParagraphAlignment.CENTER, "Kính gửi: " + form.addressee(), 13, false, false);
            }
            int note = 0;
            StringBuilder notes = new StringBuilder();
            for (FormSection section : form.sections()) {
                if (!section.title().isEmpty()) {
                    text(doc, ParagraphAlignment.LEFT, section.title(), 13, true, false);
                }
                for (FormField f : section.fields()) {
                    String mark = "";
                    if (!f.help().isEmpty()) {
                        note++;
                        mark = "(" + note + ")";
                        notes.append('(').append(note).append(") ").append(f.help()).append('\n');
                    }
                    field(doc, f, mark);
                }
            }
            paragraph(doc, ParagraphAlignment.LEFT);
            text(doc, ParagraphAlignment.LEFT, "Tôi cam đoan những nội dung khai trên đây là đúng sự thật và chịu trách"
                    + " nhiệm trước pháp luật về cam đoan của mình.", 13, false, false);
            text(doc, ParagraphAlignment.RIGHT, "Làm tại: ................, ngày ...... tháng ...... năm ..........", 13, false, true);
            text(doc, ParagraphAlignment.RIGHT, "Người yêu cầu", 13, true, false);
            text(doc, ParagraphAlignment.RIGHT, "(Ký, ghi rõ họ, chữ đệm, tên)", 12, false, true);
            if (notes.length() > 0) {
                paragraph(doc, ParagraphAlignment.LEFT);
                text(doc, ParagraphAlignment.LEFT, "Chú thích:", 11, true, false);
                for (String line : notes.toString().split("\n")) {
                    text(doc, ParagraphAlignment.BOTH, line, 11, false, true);
                }
            }
            text(doc, ParagraphAlignment.LEFT, "Mã thủ tục " + pkg.code() + " — " + pkg.name() + ", mẫu " + form.code()
                    + ", phiên bản " + pkg.version(), 9, false, true);
            doc.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void field(XWPFDocument doc, FormField f, String mark) {
        String label = f.label() + (f.required() ? " *" : "") + mark;
        switch (f.type()) {
            case GROUP -> {
                text(doc, ParagraphAlignment.LEFT, label + ":", 13, false, false);
                table(doc, f);
            }
            case SELECT, MULTISELECT -> choices(doc, label, f.options().stream().map(FieldOption::label).toList());
            case YESNO -> choices(doc, label, java.util.List.of("Có", "Không"));
            case CHECKBOX -> text(doc, ParagraphAlignment.LEFT, BOX + " " + label, 13, false, false);
            case DATE -> dotted(doc, label + ": ngày ........ tháng ........ năm ..............");
            case CITIZEN_ID -> dotted(doc, label + ": " + "\u25A1".repeat(12));
            case MONEY -> dotted(doc, label + ": " + dots(label.length() + 12) + " đồng");
            case ADDRESS -> {
                dotted(doc, label + ": " + dots(label.length() + 2));
                dotted(doc, "    Xã/phường/đặc khu: " + dots(26) + " Tỉnh/thành phố: " + dots(LINE));
            }
            case FILE -> dotted(doc, label + " (đính kèm): " + dots(label.length() + 14));
            case TEXTAREA -> {
                dotted(doc, label + ": " + dots(label.length() + 2));
                dotted(doc, dots(0));
            }
            default -> dotted(doc, label + ": " + dots(label.length() + 2));
        }
    }

    private static String dots(int used) {
        return ".".repeat(Math.max(10, LINE - used));
    }

    private void dotted(XWPFDocument doc, String line) {
        String s = line.endsWith(".") || line.endsWith("\u25A1") || line.endsWith("đồng") ? line : line;
        text(doc, ParagraphAlignment.LEFT, s.length() > LINE + 40 ? s.substring(0, LINE + 40) : s, 13, false, false);
    }

    private void choices(XWPFDocument doc, String label, java.util.List<String> options) {
        StringBuilder s = new StringBuilder(label).append(":  ");
        for (String o : options) {
            s.append(BOX).append(' ').append(o).append("    ");
        }
        text(doc, ParagraphAlignment.LEFT, s.toString().trim(), 13, false, false);
    }

    private void table(XWPFDocument doc, FormField group) {
        int cols = group.columns().size() + 1;
        XWPFTable table = doc.createTable(4, cols);
        table.setWidth("100%");
        XWPFTableRow head = table.getRow(0);
        cell(head, 0, "STT", true);
        for (int c = 0; c < group.columns().size(); c++) {
            FormField col = group.columns().get(c);
            cell(head, c + 1, col.label() + (col.required() ? " *" : ""), true);
        }
        for (int r = 1; r < 4; r++) {
            cell(table.getRow(r), 0, String.valueOf(r), false);
            for (int c = 1; c < cols; c++) {
                cell(table.getRow(r), c, group.columns().get(c - 1).type() == FieldType.CHECKBOX ? BOX : "", false);
            }
        }
        paragraph(doc, ParagraphAlignment.LEFT);
    }

    private void cell(XWPFTableRow row, int index, String value, boolean bold) {
        XWPFParagraph p = row.getCell(index).getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, value, 12, bold, false);
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margin = sect.addNewPgMar();
        margin.setTop(BigInteger.valueOf(1134));
        margin.setBottom(BigInteger.valueOf(1134));
        margin.setLeft(BigInteger.valueOf(1701));
        margin.setRight(BigInteger.valueOf(1134));
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingAfter(60);
        return p;
    }

    private static void text(XWPFDocument doc, ParagraphAlignment align, String value, int size, boolean bold, boolean italic) {
        if (value == null || value.isEmpty()) {
            return;
        }
        run(paragraph(doc, align), value, size, bold, italic);
    }

    private static XWPFRun run(XWPFParagraph p, String value, int size, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        r.setText(value);
        return r;
    }
}
