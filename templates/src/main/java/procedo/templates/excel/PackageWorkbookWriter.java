package procedo.templates.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import procedo.templates.excel.WorkbookLayout.Column;
import procedo.templates.excel.WorkbookLayout.SheetLayout;
import procedo.templates.model.FieldOption;
import procedo.templates.model.FormField;
import procedo.templates.model.FormSection;
import procedo.templates.model.FormTemplate;
import procedo.templates.model.TemplateComponent;
import procedo.templates.model.TemplateFee;
import procedo.templates.model.TemplatePackage;

/**
 * Writes a package in the Vietnamese workbook layout with SXSSF (rows are flushed as they are written): the guide
 * first, the enumerated columns as their Vietnamese names with a drop-down list each (the lists on a hidden sheet).
 * Every text is written as a string cell, never a formula: a value that starts with = + - @ stays text.
 */
public final class PackageWorkbookWriter {

    /** The last row a drop-down list covers on a table sheet. */
    private static final int LAST_ROW = 200_000;

    /** Writes {@code p}, or with {@code p == null} the blank workbook: the guide and the headers only. */
    public void write(TemplatePackage p, OutputStream out) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
            wb.setCompressTempFiles(true);
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            CellStyle dong = wb.createCellStyle();
            dong.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            guide(wb, header, wrap);
            SXSSFSheet procedure = packageSheet(wb, p, header, wrap);
            SXSSFSheet fees = table(wb, WorkbookLayout.FEES, header);
            SXSSFSheet components = table(wb, WorkbookLayout.COMPONENTS, header);
            SXSSFSheet forms = table(wb, WorkbookLayout.FORMS, header);
            SXSSFSheet fields = table(wb, WorkbookLayout.FIELDS, header);
            Lists lists = new Lists(wb);
            for (int i = 0; i < WorkbookLayout.PACKAGE.columns().size(); i++) {
                Column c = WorkbookLayout.PACKAGE.columns().get(i);
                if (c.choices() != null) {
                    lists.offer(procedure, c, new CellRangeAddressList(i + 1, i + 1, 1, 1));
                }
            }
            for (SheetLayout layout : WorkbookLayout.TABLES) {
                SXSSFSheet sheet = wb.getSheet(layout.name());
                for (int i = 0; i < layout.columns().size(); i++) {
                    Column c = layout.columns().get(i);
                    if (c.choices() != null) {
                        lists.offer(sheet, c, new CellRangeAddressList(1, LAST_ROW, i, i));
                    }
                }
            }
            if (p != null) {
                int r = 1;
                for (TemplateFee fee : p.fees()) {
                    row(fees, r, fee.id(), Choices.CHANNELS.name(fee.channel()), fee.name(), fee.amountVnd(),
                            fee.allowsHigherLocalAmount() ? Choices.YES_NO.name(Boolean.TRUE) : "");
                    fees.getRow(r++).getCell(3).setCellStyle(dong);
                }
                r = 1;
                for (TemplateComponent c : p.components()) {
                    row(components, r++, c.id(), c.caseName(), c.name(), c.originals(), c.copies(),
                            Choices.COPY_KINDS.name(c.copyKind()), database(c.reusableFrom()), c.formCode());
                }
                r = 1;
                for (FormTemplate f : p.forms()) {
                    row(forms, r++, f.code(), f.title(), f.titleEn(), f.reference(), f.addressee());
                }
                r = 1;
                for (FormTemplate f : p.forms()) {
                    for (FormSection s : f.sections()) {
                        for (FormField field : s.fields()) {
                            r = field(fields, r, f.code(), s.title(), null, field);
                        }
                    }
                }
            }
            wb.write(out);
            wb.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int field(SXSSFSheet sheet, int r, String form, String section, String parent, FormField f) {
        row(sheet, r++, form, section, f.id(), parent, Choices.FIELD_TYPES.name(f.type()), f.label(), f.labelEn(),
                f.required() ? Choices.YES_NO.name(Boolean.TRUE) : "", f.help(), f.minLength(), f.maxLength(), f.min(),
                f.max(), f.pattern(), options(f.options()), database(f.reuseFrom()));
        for (FormField c : f.columns()) {
            r = field(sheet, r, form, section, f.id(), c);
        }
        return r;
    }

    private static String database(String code) {
        return code == null ? null : Choices.DATABASES.name(code);
    }

    private static String options(List<FieldOption> options) {
        return options.stream().map(o -> o.value().equals(o.label()) ? o.value() : o.value() + "=" + o.label())
                .collect(Collectors.joining("; "));
    }

    private void guide(SXSSFWorkbook wb, CellStyle header, CellStyle wrap) {
        SXSSFSheet sheet = wb.createSheet(WorkbookLayout.GUIDE);
        sheet.setColumnWidth(0, 34 * 256);
        sheet.setColumnWidth(1, 10 * 256);
        sheet.setColumnWidth(2, 70 * 256);
        sheet.setColumnWidth(3, 40 * 256);
        int r = 0;
        Row title = sheet.createRow(r++);
        title.createCell(0).setCellValue("Gói mẫu thủ tục hành chính — hướng dẫn điền");
        title.getCell(0).setCellStyle(header);
        String[] intro = {
            "Gói mẫu gồm các sheet " + String.join(", ", WorkbookLayout.SHEETS.stream().map(SheetLayout::name).toList())
                + ". Dòng 1 của mỗi bảng là tên cột: giữ nguyên tên cột, có thể đổi thứ tự.",
            "Các cột có danh sách chọn (cấp thực hiện, cách thức thực hiện, hình thức giấy tờ, kiểu trường...): chọn"
                + " giá trị trong danh sách thả xuống của ô.",
            "Các ô chỉ chứa giá trị, không chứa công thức. Các mã (mã khoản phí, mã thành phần, mã trường) cố định qua"
                + " các phiên bản.",
            "Nhập phiên bản, mã thủ tục dưới dạng văn bản. Khi nhập, mọi lỗi được liệt kê kèm sheet, dòng, cột;"
                + " không có gì được ghi nếu còn lỗi.",
            "Cột \"Ví dụ\" dưới đây là một dòng mẫu cho từng sheet."};
        for (String line : intro) {
            sheet.createRow(r++).createCell(0).setCellValue(line);
        }
        r++;
        Row head = sheet.createRow(r++);
        String[] titles = {"Sheet / cột", "Bắt buộc", "Nội dung", "Ví dụ"};
        for (int i = 0; i < titles.length; i++) {
            head.createCell(i).setCellValue(titles[i]);
            head.getCell(i).setCellStyle(header);
        }
        for (SheetLayout layout : WorkbookLayout.SHEETS) {
            Row s = sheet.createRow(r++);
            s.createCell(0).setCellValue(layout.name());
            s.getCell(0).setCellStyle(header);
            s.createCell(2).setCellValue(layout.description());
            s.getCell(2).setCellStyle(wrap);
            for (Column c : layout.columns()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(c.header());
                row.createCell(1).setCellValue(c.required() ? "Có" : "");
                row.createCell(2).setCellValue(c.description());
                row.getCell(2).setCellStyle(wrap);
                if (!c.example().isEmpty()) {
                    row.createCell(3).setCellValue(c.example());
                }
            }
        }
    }

    private SXSSFSheet packageSheet(SXSSFWorkbook wb, TemplatePackage p, CellStyle header, CellStyle wrap) {
        SXSSFSheet sheet = wb.createSheet(WorkbookLayout.PACKAGE.name());
        sheet.setColumnWidth(0, 34 * 256);
        sheet.setColumnWidth(1, 60 * 256);
        sheet.setColumnWidth(2, 80 * 256);
        Row head = sheet.createRow(0);
        String[] titles = {"Mục", "Giá trị", "Giải thích"};
        for (int i = 0; i < titles.length; i++) {
            head.createCell(i).setCellValue(titles[i]);
            head.getCell(i).setCellStyle(header);
        }
        int r = 1;
        for (Column c : WorkbookLayout.PACKAGE.columns()) {
            Object value = p == null ? null : switch (c.key()) {
                case "code" -> p.code();
                case "version" -> p.version();
                case "name" -> p.name();
                case "field" -> p.field();
                case "level" -> p.level() == null ? null : Choices.LEVELS.name(p.level());
                case "agency_code" -> p.agencyCode();
                case "processing_days" -> p.processingDays();
                case "online_level" -> Choices.ONLINE_LEVELS.name(p.onlineLevel());
                case "legal_basis" -> p.legalBasis();
                default -> null;
            };
            row(sheet, r, c.header(), value, c.description());
            sheet.getRow(r++).getCell(2).setCellStyle(wrap);
        }
        return sheet;
    }

    private SXSSFSheet table(SXSSFWorkbook wb, SheetLayout layout, CellStyle header) {
        SXSSFSheet sheet = wb.createSheet(layout.name());
        Row head = sheet.createRow(0);
        for (int i = 0; i < layout.columns().size(); i++) {
            Column c = layout.columns().get(i);
            head.createCell(i).setCellValue(c.header());
            head.getCell(i).setCellStyle(header);
            int width = c.choices() == null ? c.header().length() + 4
                    : c.choices().names().stream().mapToInt(String::length).max().orElse(0) + 4;
            sheet.setColumnWidth(i, Math.min(40, Math.max(14, width)) * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    /**
     * The drop-down lists: each enumerated column's names in a column of the hidden lists sheet, which the
     * column's data validation refers to. A value outside a list is refused, except for the national databases,
     * where a code the list does not name is accepted with a warning.
     */
    private static final class Lists {
        private final SXSSFSheet sheet;
        private final java.util.Map<Choices<?>, String> ranges = new java.util.IdentityHashMap<>();

        Lists(SXSSFWorkbook wb) {
            sheet = wb.createSheet(WorkbookLayout.LISTS);
            wb.setSheetHidden(wb.getSheetIndex(sheet), true);
        }

        void offer(SXSSFSheet target, Column column, CellRangeAddressList cells) {
            String range = ranges.computeIfAbsent(column.choices(), choices -> write(column.header(), choices));
            DataValidationHelper helper = target.getDataValidationHelper();
            DataValidationConstraint constraint = helper.createFormulaListConstraint(range);
            DataValidation validation = helper.createValidation(constraint, cells);
            validation.setSuppressDropDownArrow(true);
            validation.setShowErrorBox(true);
            if (column.choices() == Choices.DATABASES) {
                validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
            }
            validation.createErrorBox(column.header(), "Chọn một giá trị trong danh sách thả xuống của ô (xem sheet "
                    + WorkbookLayout.GUIDE + ").");
            validation.setEmptyCellAllowed(true);
            target.addValidationData(validation);
        }

        private String write(String title, Choices<?> choices) {
            int col = ranges.size();
            List<String> names = choices.names();
            rowAt(0).createCell(col).setCellValue(title);
            for (int i = 0; i < names.size(); i++) {
                rowAt(i + 1).createCell(col).setCellValue(names.get(i));
            }
            String letter = CellReference.convertNumToColString(col);
            return "'" + WorkbookLayout.LISTS + "'!$" + letter + "$2:$" + letter + "$" + (names.size() + 1);
        }

        private Row rowAt(int index) {
            Row row = sheet.getRow(index);
            return row == null ? sheet.createRow(index) : row;
        }
    }

    /** Writes one row: strings as string cells (never formulas), numbers as numbers, nulls as empty cells. */
    static void row(SXSSFSheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            if (v instanceof BigDecimal d) {
                row.createCell(i).setCellValue(d.doubleValue());
            } else if (v instanceof Integer n) {
                row.createCell(i).setCellValue(n);
            } else {
                String s = v.toString();
                if (!s.isEmpty()) {
                    row.createCell(i).setCellValue(s);
                }
            }
        }
    }
}
