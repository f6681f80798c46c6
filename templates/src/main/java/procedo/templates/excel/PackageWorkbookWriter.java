package procedo.templates.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import procedo.templates.excel.WorkbookLayout.Column;
import procedo.templates.excel.WorkbookLayout.SheetLayout;
import procedo.templates.model.FieldOption;
import procedo.templates.model.FieldType;
import procedo.templates.model.FormField;
import procedo.templates.model.FormSection;
import procedo.templates.model.FormTemplate;
import procedo.templates.model.TemplateComponent;
import procedo.templates.model.TemplateFee;
import procedo.templates.model.TemplatePackage;

/**
 * Writes a package in the documented workbook layout with SXSSF (rows are flushed as they are written). Every
 * text is written as a string cell, never a formula: a value that starts with = + - @ stays text.
 */
public final class PackageWorkbookWriter {

    /** Writes {@code p}, or with {@code p == null} the blank workbook: the guide and the headers only. */
    public void write(TemplatePackage p, OutputStream out) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
            wb.setCompressTempFiles(true);
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            guide(wb, header, wrap);
            packageSheet(wb, p, header);
            SXSSFSheet fees = table(wb, WorkbookLayout.FEES, header);
            SXSSFSheet components = table(wb, WorkbookLayout.COMPONENTS, header);
            SXSSFSheet forms = table(wb, WorkbookLayout.FORMS, header);
            SXSSFSheet fields = table(wb, WorkbookLayout.FIELDS, header);
            choices(fields, WorkbookLayout.FIELDS, "type", FieldType.codes().split(", "));
            choices(fields, WorkbookLayout.FIELDS, "required", new String[] {"x", ""});
            if (p != null) {
                int r = 1;
                for (TemplateFee fee : p.fees()) {
                    row(fees, r++, fee.id(), fee.channel().name(), fee.name(), fee.amountVnd());
                }
                r = 1;
                for (TemplateComponent c : p.components()) {
                    row(components, r++, c.id(), c.caseName(), c.name(), c.originals(), c.copies(), c.copyKind().name(),
                            c.reusableFrom(), c.formCode());
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
        row(sheet, r++, form, section, f.id(), parent, f.type().code(), f.label(), f.labelEn(), f.required() ? "x" : "",
                f.help(), f.minLength(), f.maxLength(), f.min(), f.max(), f.pattern(), options(f.options()), f.reuseFrom());
        for (FormField c : f.columns()) {
            r = field(sheet, r, form, section, f.id(), c);
        }
        return r;
    }

    private static String options(List<FieldOption> options) {
        return options.stream().map(o -> o.value().equals(o.label()) ? o.value() : o.value() + "=" + o.label())
                .collect(Collectors.joining("; "));
    }

    private void guide(SXSSFWorkbook wb, CellStyle header, CellStyle wrap) {
        SXSSFSheet sheet = wb.createSheet(WorkbookLayout.GUIDE);
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 18 * 256);
        sheet.setColumnWidth(2, 100 * 256);
        int r = 0;
        Row title = sheet.createRow(r++);
        title.createCell(0).setCellValue("Gói mẫu thủ tục hành chính — hướng dẫn điền");
        title.getCell(0).setCellStyle(header);
        String[] intro = {
            "Mỗi gói gồm các sheet Package, Fees, Components, Forms, Fields. Dòng 1 của mỗi bảng là tên cột (không đổi tên).",
            "Các ô chỉ chứa giá trị, không chứa công thức. Mã (field_id, component_id, fee_id) cố định qua các phiên bản.",
            "Nhập phiên bản, mã thủ tục dưới dạng văn bản. Khi nhập, mọi lỗi được liệt kê kèm sheet, dòng, cột; không có gì được ghi nếu còn lỗi."};
        for (String line : intro) {
            sheet.createRow(r++).createCell(0).setCellValue(line);
        }
        r++;
        Row head = sheet.createRow(r++);
        String[] titles = {"Sheet / cột", "Bắt buộc", "Nội dung"};
        for (int i = 0; i < titles.length; i++) {
            head.createCell(i).setCellValue(titles[i]);
            head.getCell(i).setCellStyle(header);
        }
        for (SheetLayout layout : List.of(WorkbookLayout.PACKAGE, WorkbookLayout.FEES, WorkbookLayout.COMPONENTS,
                WorkbookLayout.FORMS, WorkbookLayout.FIELDS)) {
            Row s = sheet.createRow(r++);
            s.createCell(0).setCellValue(layout.name());
            s.getCell(0).setCellStyle(header);
            s.createCell(2).setCellValue(layout.description());
            for (Column c : layout.columns()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(c.key());
                row.createCell(1).setCellValue(c.required() ? "x" : "");
                row.createCell(2).setCellValue(c.description());
                row.getCell(2).setCellStyle(wrap);
            }
        }
    }

    private void packageSheet(SXSSFWorkbook wb, TemplatePackage p, CellStyle header) {
        SXSSFSheet sheet = wb.createSheet(WorkbookLayout.PACKAGE.name());
        sheet.setColumnWidth(0, 18 * 256);
        sheet.setColumnWidth(1, 60 * 256);
        sheet.setColumnWidth(2, 80 * 256);
        Row head = sheet.createRow(0);
        String[] titles = {"key", "value", "Giải thích"};
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
                case "level" -> p.level() == null ? null : p.level().name();
                case "agency_code" -> p.agencyCode();
                case "processing_days" -> p.processingDays();
                case "online_level" -> p.onlineLevel().name();
                case "legal_basis" -> p.legalBasis();
                default -> null;
            };
            row(sheet, r++, c.key(), value, c.description());
        }
    }

    private SXSSFSheet table(SXSSFWorkbook wb, SheetLayout layout, CellStyle header) {
        SXSSFSheet sheet = wb.createSheet(layout.name());
        Row head = sheet.createRow(0);
        for (int i = 0; i < layout.columns().size(); i++) {
            head.createCell(i).setCellValue(layout.columns().get(i).key());
            head.getCell(i).setCellStyle(header);
            sheet.setColumnWidth(i, Math.min(60, Math.max(12, layout.columns().get(i).key().length() + 4)) * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void choices(SXSSFSheet sheet, SheetLayout layout, String key, String[] values) {
        int column = layout.columns().stream().map(Column::key).toList().indexOf(key);
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(values),
                new CellRangeAddressList(1, 200_000, column, column));
        validation.setShowErrorBox(false);
        sheet.addValidationData(validation);
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
