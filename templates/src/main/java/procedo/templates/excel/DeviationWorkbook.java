package procedo.templates.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import procedo.templates.adoption.Deviation;
import procedo.templates.adoption.DeviationReport;
import procedo.templates.adoption.LocalityDeviations;
import procedo.catalog.text.Messages;

/**
 * The deviation report as a workbook for the reform office: one row per deviation of a locality from the national
 * standard, each kind and subject by its Vietnamese name and each amount with its unit ({@code Lệ phí cấp bản sao: 8.000 đ
 * → 10.000 đ}), the time it was made in Viet Nam time, printed landscape one page wide with the header row on every
 * page.
 */
public final class DeviationWorkbook {

    /** The sheet of the report. */
    public static final String SHEET = "Sai khác";

    /** The row (0-based) of the column headers; the deviations follow it. */
    public static final int HEADER_ROW = 3;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** The Vietnamese name of each kind of deviation, as the templates page shows it. */
    public static final Map<Deviation.Kind, String> KINDS = Map.ofEntries(
            Map.entry(Deviation.Kind.EXTRA_DOCUMENT, "Thêm giấy tờ"),
            Map.entry(Deviation.Kind.LONGER_TIME, "Thời hạn dài hơn"),
            Map.entry(Deviation.Kind.HIGHER_FEE, "Phí cao hơn"),
            Map.entry(Deviation.Kind.EXTRA_FIELD, "Thêm trường thông tin"),
            Map.entry(Deviation.Kind.OUTDATED_VERSION, "Phiên bản cũ"),
            Map.entry(Deviation.Kind.OTHER_AGENCY, "Cơ quan thực hiện khác"),
            Map.entry(Deviation.Kind.LOWER_FEE, "Phí thấp hơn"),
            Map.entry(Deviation.Kind.SHORTER_TIME, "Thời hạn ngắn hơn"),
            Map.entry(Deviation.Kind.FEWER_DOCUMENTS, "Bớt giấy tờ"),
            Map.entry(Deviation.Kind.FEWER_FIELDS, "Bớt trường thông tin"),
            Map.entry(Deviation.Kind.LOCAL_HELP_TEXT, "Hướng dẫn ghi riêng của địa phương"));

    private static final String[] HEADERS = {"Mã địa phương", "Địa phương", "Phiên bản trung ương áp dụng",
        "Loại sai khác", "Tăng gánh nặng cho người dân", "Nội dung", "Theo chuẩn quốc gia", "Tại địa phương"};

    private final Clock clock;

    /** A report stamped with the time it is written. */
    public DeviationWorkbook() {
        this(Clock.systemUTC());
    }

    /** A report stamped with {@code clock}'s time. */
    public DeviationWorkbook(Clock clock) {
        this.clock = clock;
    }

    public void write(DeviationReport report, OutputStream out) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            CellStyle wrappedHeader = wb.createCellStyle();
            wrappedHeader.setFont(bold);
            wrappedHeader.setWrapText(true);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            SXSSFSheet sheet = wb.createSheet(SHEET);
            String title = "Báo cáo sai khác so với chuẩn quốc gia: " + report.templateCode() + " — "
                    + report.templateName();
            PackageWorkbookWriter.row(sheet, 0, title);
            sheet.getRow(0).getCell(0).setCellStyle(header);
            PackageWorkbookWriter.row(sheet, 1, "Phiên bản chuẩn: " + report.standardVersion() + "; thời hạn chuẩn: "
                    + report.standardProcessingDays() + " ngày làm việc; " + report.adoptions() + " địa phương áp dụng, "
                    + report.conforming() + " đúng chuẩn");
            PackageWorkbookWriter.row(sheet, 2, "Lập lúc: " + STAMP.format(clock.instant().atZone(Messages.VIET_NAM))
                    + " (giờ Việt Nam)");
            Row head = sheet.createRow(HEADER_ROW);
            for (int i = 0; i < HEADERS.length; i++) {
                head.createCell(i).setCellValue(HEADERS[i]);
                head.getCell(i).setCellStyle(wrappedHeader);
            }
            int r = HEADER_ROW + 1;
            for (LocalityDeviations l : report.localities()) {
                for (Deviation d : l.deviations()) {
                    Described text = describe(d);
                    PackageWorkbookWriter.row(sheet, r, l.localityCode(), l.localityName(), l.centralVersion(),
                            KINDS.get(d.kind()), d.kind().burdensome() ? "Có" : "", text.subject(), text.standard(),
                            text.local());
                    for (int c : new int[] {1, 5, 6, 7}) {
                        if (sheet.getRow(r).getCell(c) != null) {
                            sheet.getRow(r).getCell(c).setCellStyle(wrap);
                        }
                    }
                    r++;
                }
            }
            int[] widths = {12, 28, 14, 22, 14, 40, 32, 32};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            sheet.createFreezePane(0, HEADER_ROW + 1);
            printSetup(sheet, title);
            wb.write(out);
            wb.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void printSetup(SXSSFSheet sheet, String title) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        sheet.getHeader().setCenter("&B" + title.replace("&", "&&"));
        sheet.getFooter().setCenter("Trang &P/&N");
    }

    /** What a deviation is about, and the standard's and the locality's values, in words with units. */
    record Described(String subject, String standard, String local) {
    }

    static Described describe(Deviation d) {
        return switch (d.kind()) {
            case OUTDATED_VERSION -> new Described("Phiên bản gói mẫu", d.standard(), d.local());
            case LONGER_TIME, SHORTER_TIME -> new Described("Thời hạn giải quyết", days(d.standard()), days(d.local()));
            case HIGHER_FEE, LOWER_FEE -> new Described(feeName(d.subject()), money(d.standard()), money(d.local()));
            case OTHER_AGENCY -> new Described("Cơ quan thực hiện", d.standard(), d.local());
            case EXTRA_DOCUMENT -> new Described("Thành phần hồ sơ: " + d.local(), "Không yêu cầu", "Yêu cầu");
            case FEWER_DOCUMENTS -> new Described("Thành phần hồ sơ: " + d.standard(), "Yêu cầu", "Không yêu cầu");
            case EXTRA_FIELD -> new Described("Trường thông tin: " + d.local(), "Không có", "Có");
            case FEWER_FIELDS -> new Described("Trường thông tin: " + d.standard(), "Có", "Không có");
            case LOCAL_HELP_TEXT -> new Described("Hướng dẫn ghi của trường " + d.subject(), d.standard(), d.local());
        };
    }

    /** A fee's subject is {@code id (name)}: its name, as the officer knows it. */
    private static String feeName(String subject) {
        int open = subject.indexOf(" (");
        String name = open < 0 || !subject.endsWith(")") ? subject : subject.substring(open + 2, subject.length() - 1);
        return name;
    }

    private static String days(String value) {
        return value == null ? null : value + " ngày làm việc";
    }

    private static String money(String value) {
        if (value == null) {
            return null;
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.##", symbols).format(new BigDecimal(value)) + " đ";
    }
}
