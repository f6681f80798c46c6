package procedo.catalog.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import procedo.catalog.procedure.WithdrawnFilter;
import procedo.catalog.transfer.CatalogTable;
import procedo.catalog.transfer.CatalogTransferStore;
import procedo.catalog.transfer.Column;
import procedo.catalog.text.Messages;

/**
 * Writes the catalog as a workbook (withdrawn procedures only when asked), one sheet per {@link CatalogTable},
 * streamed with SXSSF, in one of two {@link CatalogWorkbookForm forms}. The Vietnamese form, the default, is what
 * a provincial officer reads and fills by hand: a guide sheet first (when it was exported, in Viet Nam's time, how
 * to fill each sheet, an example row), Vietnamese sheet names and headers, names instead of codes (enumerated
 * values, agencies, national databases), dates as date cells shown dd/mm/yyyy, and a drop-down list on every
 * enumerated column. The codes form is the exchange layout of earlier versions. In both, text is always a string
 * cell (never a formula) and numbers numeric cells. The rows are read from the database while the sheets are written
 * (see {@link RowFeed}).
 */
public final class CatalogWorkbookExport {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(Messages.VIET_NAM);
    /** The rows a drop-down list covers: every row of a sheet below the header. */
    private static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();

    private final CatalogTransferStore store;
    private final Clock clock;

    public CatalogWorkbookExport(CatalogTransferStore store) {
        this(store, Clock.systemUTC());
    }

    /** An export whose guide sheet tells the time of {@code clock}. */
    public CatalogWorkbookExport(CatalogTransferStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Writes the workbook of the procedures in the catalog to {@code out}; returns the number of data rows written. */
    public long write(OutputStream out) {
        return write(out, WithdrawnFilter.EXCLUDE);
    }

    /** Writes the workbook of the procedures {@code withdrawn} admits; returns the number of data rows written. */
    public long write(OutputStream out, WithdrawnFilter withdrawn) {
        return write(out, withdrawn, CatalogWorkbookForm.VIETNAMESE);
    }

    /** Writes the workbook of the procedures {@code withdrawn} admits in {@code form}; returns the number of data rows. */
    public long write(OutputStream out, WithdrawnFilter withdrawn, CatalogWorkbookForm form) {
        long[] rows = {0};
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); RowFeed feed = RowFeed.start(store, withdrawn)) {
            SheetWriter.Styles styles = new SheetWriter.Styles(workbook);
            if (form == CatalogWorkbookForm.VIETNAMESE) {
                guide(new SheetWriter(workbook.createSheet(CatalogVocabulary.GUIDE_SHEET), styles));
            }
            Cells cells = form == CatalogWorkbookForm.VIETNAMESE ? new NamedCells(NameIndex.ofLocalities(store.localityNames()))
                    : new CodeCells();
            for (CatalogTable table : CatalogTable.values()) {
                String name = form == CatalogWorkbookForm.VIETNAMESE ? CatalogVocabulary.sheet(table) : table.sheetName();
                SheetWriter sheet = new SheetWriter(workbook.createSheet(name), styles);
                List<Column> columns = table.columns();
                sheet.header(columns.stream().map(c -> form == CatalogWorkbookForm.VIETNAMESE
                        ? CatalogVocabulary.words(table, c).header() : c.name()).toArray(String[]::new));
                feed.forEachRow(table, values -> {
                    sheet.row();
                    for (int i = 0; i < columns.size(); i++) {
                        cells.write(sheet, table, columns.get(i), values.get(i));
                    }
                    cells.seen(table, values);
                    rows[0]++;
                });
                // column widths, the frozen header and the drop-down lists once the rows are written: SXSSF gives
                // every new cell its column's default style, which costs a search of the column definitions per cell
                sheet.widths(columns.stream().mapToInt(c -> width(c, form)).toArray());
                if (form == CatalogWorkbookForm.VIETNAMESE) {
                    sheet.sheet().createFreezePane(0, 1);
                    dropDowns(sheet.sheet(), table);
                }
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows[0];
    }

    private static int width(Column column, CatalogWorkbookForm form) {
        if (column.type() == Column.Type.TEXT) {
            return Math.min(60, Math.max(14, column.limit() / 10));
        }
        return form == CatalogWorkbookForm.VIETNAMESE && column.type() == Column.Type.CHOICE ? 22 : 14;
    }

    /** How a value goes into its cell. */
    private interface Cells {
        void write(SheetWriter sheet, CatalogTable table, Column column, Object value);

        /** A row has been written (the agencies' names are kept for the procedures that name them). */
        default void seen(CatalogTable table, List<Object> values) {
        }
    }

    /** Codes as stored, dates as yyyy-mm-dd text. */
    private static class CodeCells implements Cells {
        @Override
        public void write(SheetWriter sheet, CatalogTable table, Column column, Object v) {
            if (v == null) {
                sheet.empty();
            } else if (v instanceof BigDecimal d) {
                sheet.number(d);
            } else if (v instanceof Number n) {
                sheet.number(n.longValue());
            } else {
                sheet.text(v.toString());
            }
        }
    }

    /**
     * Names instead of codes: an enumerated value by its Vietnamese name, an agency or a locality by its name (by its
     * code when another has the same name, so that the import finds it again), a national database by its name;
     * dates as date cells.
     */
    private static final class NamedCells extends CodeCells {
        private final Map<String, String> agencyNames = new HashMap<>();
        /** The Vietnamese names of each enumerated column's codes, by column name. */
        private final Map<String, Map<String, String>> choiceNames = new HashMap<>();
        private final NameIndex localities;
        private NameIndex agencies;

        NamedCells(NameIndex localities) {
            this.localities = localities;
        }

        @Override
        public void write(SheetWriter sheet, CatalogTable table, Column column, Object v) {
            if (v == null) {
                sheet.empty();
            } else if (column.type() == Column.Type.CHOICE) {
                sheet.text(choiceNames.computeIfAbsent(column.name(), c -> CatalogVocabulary.choices(column).stream()
                        .collect(Collectors.toMap(CatalogVocabulary.Choice::code, CatalogVocabulary.Choice::name)))
                        .getOrDefault(v.toString(), v.toString()));
            } else if (column.type() == Column.Type.DATE) {
                sheet.date(v instanceof LocalDate date ? date : LocalDate.parse(v.toString()));
            } else if (table == CatalogTable.PROCEDURES && column.name().equals("agency_code")) {
                agencies = agencies == null ? NameIndex.of(agencyNames) : agencies;
                sheet.text(agencies.written(v.toString()));
            } else if (column.name().equals("locality_code")) {
                sheet.text(localities.written(v.toString()));
            } else if (table == CatalogTable.DOSSIER && column.name().equals("reusable_from")) {
                sheet.text(CatalogVocabulary.databaseName(v.toString()).orElse(v.toString()));
            } else {
                super.write(sheet, table, column, v);
            }
        }

        @Override
        public void seen(CatalogTable table, List<Object> values) {
            if (table == CatalogTable.AGENCIES) {
                agencyNames.put((String) values.get(0), (String) values.get(1));
            }
        }
    }

    /**
     * A drop-down list on every enumerated column (only its values may be entered), on the agency column of the
     * procedures (the agencies sheet's names, or any other name or code after a warning) and on the national
     * database of a dossier component (likewise).
     */
    private static void dropDowns(Sheet sheet, CatalogTable table) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        List<Column> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            String header = CatalogVocabulary.words(table, column).header();
            if (column.type() == Column.Type.CHOICE) {
                List<String> names = CatalogVocabulary.choices(column).stream().map(CatalogVocabulary.Choice::name).toList();
                add(sheet, helper, helper.createExplicitListConstraint(names.toArray(String[]::new)), i, DataValidation.ErrorStyle.STOP,
                        header, "Chọn một giá trị trong danh sách: " + String.join("; ", names) + ".");
            } else if (table == CatalogTable.PROCEDURES && column.name().equals("agency_code")) {
                String agencies = "'" + CatalogVocabulary.sheet(CatalogTable.AGENCIES) + "'!$B$2:$B$10000";
                add(sheet, helper, helper.createFormulaListConstraint(agencies), i, DataValidation.ErrorStyle.WARNING,
                        header, "Tên cơ quan này không có ở sheet " + CatalogVocabulary.sheet(CatalogTable.AGENCIES)
                                + ": khi nhập, cơ quan phải đã có trong danh mục (theo tên hoặc mã).");
            } else if (table == CatalogTable.DOSSIER && column.name().equals("reusable_from")) {
                List<String> names = CatalogVocabulary.databases().stream().map(CatalogVocabulary.Choice::name).toList();
                add(sheet, helper, helper.createExplicitListConstraint(names.toArray(String[]::new)), i,
                        DataValidation.ErrorStyle.WARNING, header, "Đây không phải một cơ sở dữ liệu quốc gia trong danh sách.");
            }
        }
    }

    private static void add(Sheet sheet, DataValidationHelper helper, DataValidationConstraint constraint, int column,
                            int errorStyle, String title, String error) {
        DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(1, LAST_ROW, column, column));
        validation.setErrorStyle(errorStyle);
        validation.setShowErrorBox(true);
        validation.createErrorBox(title, error);
        validation.setSuppressDropDownArrow(true);
        validation.setEmptyCellAllowed(true);
        sheet.addValidationData(validation);
    }

    /** The guide sheet: what the workbook is, when it was exported, how to fill it, and each sheet's columns. */
    private void guide(SheetWriter guide) {
        guide.widths(8, 34, 10, 50, 44, 30);
        guide.row().bold("Danh mục thủ tục hành chính — tệp Excel để xem, điền và nhập lại vào Procedo");
        guide.row().text("Thời điểm xuất").text(STAMP.format(clock.instant()) + " (giờ Việt Nam)");
        guide.skip(1);
        guide.row().bold("Cách điền");
        for (String rule : List.of(
                "Mỗi sheet là một bảng: dòng 1 là tên cột, mỗi dòng tiếp theo là một bản ghi. Giữ nguyên tên sheet, tên và thứ tự các cột.",
                "Cột có danh sách thả xuống: chọn một giá trị trong danh sách.",
                "Số ghi bằng số, không kèm đơn vị (đồng, giờ, ngày). Ngày ghi dạng ngày/tháng/năm, ví dụ 01/07/2025.",
                "Không dùng công thức: ô có công thức bị từ chối khi nhập.",
                "Khi nhập, cả tệp được kiểm tra trước: nếu có lỗi thì không dữ liệu nào được ghi, và mỗi lỗi nêu rõ sheet, dòng, cột.",
                "Thủ tục có mã chưa có trong danh mục được thêm; thủ tục đã có được cập nhật theo tệp (mỗi thủ tục thành một phiên bản mới), trước khi ghi có bản xem trước các thay đổi. Các sheet khác ghi thủ tục bằng mã.",
                "Tệp theo mẫu cũ (tên sheet, tên cột và mã bằng tiếng Anh) vẫn nhập được.")) {
            guide.row().text("•").text(rule);
        }
        for (CatalogTable table : CatalogTable.values()) {
            guide.skip(1);
            guide.row().bold("Sheet " + CatalogVocabulary.sheet(table));
            guide.row().empty().text(CatalogVocabulary.purpose(table));
            guide.header("Cột", "Tên cột", "Bắt buộc", "Ý nghĩa", "Cách ghi", "Ví dụ (dòng mẫu)");
            List<Column> columns = table.columns();
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                CatalogVocabulary.ColumnWords words = CatalogVocabulary.words(table, column);
                guide.row().text(SheetReader.column(i)).text(words.header()).text(column.required() ? "Có" : "Không")
                        .wrapped(words.meaning()).wrapped(format(table, column));
                boolean number = column.type() == Column.Type.INTEGER || column.type() == Column.Type.COUNT
                        || column.type() == Column.Type.DECIMAL;
                if (number && !words.example().isEmpty()) {
                    guide.number(new BigDecimal(words.example().replace(',', '.')));
                } else {
                    guide.text(words.example());
                }
            }
        }
    }

    /** How a column's values are written, in the guide's words. */
    private static String format(CatalogTable table, Column column) {
        if (table == CatalogTable.PROCEDURES && column.name().equals("agency_code")) {
            return "Chọn tên cơ quan trong danh sách, hoặc ghi mã cơ quan";
        }
        if (table == CatalogTable.DOSSIER && column.name().equals("reusable_from")) {
            return "Chọn trong danh sách, hoặc để trống";
        }
        if (column.name().equals("locality_code")) {
            return "Tên tỉnh, thành phố (có thể bỏ chữ Tỉnh, Thành phố) hoặc mã thống kê của tỉnh, thành phố";
        }
        return switch (column.type()) {
            case TEXT -> "Chữ, tối đa " + number(BigDecimal.valueOf(column.limit())) + " ký tự";
            case CHOICE -> "Chọn một trong: " + CatalogVocabulary.choices(column).stream()
                    .map(CatalogVocabulary.Choice::name).collect(Collectors.joining("; "));
            case INTEGER -> "Số nguyên từ 0 đến " + number(BigDecimal.valueOf(column.limit()));
            case COUNT -> "Số nguyên, không âm";
            case DECIMAL -> "Số không âm, tối đa " + column.limit() + " chữ số thập phân, không quá "
                    + number(column.max());
            case DATE -> "Ngày dạng ngày/tháng/năm (dd/mm/yyyy)";
        };
    }

    /** A number as Vietnamese write it: dot thousands, decimal comma. */
    private static String number(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi-VN")));
        return format.format(value);
    }
}
