package procedo.catalog.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import procedo.catalog.error.CellLocation;
import procedo.catalog.error.Problems;
import procedo.catalog.excel.TableSheet.Presence;
import procedo.catalog.text.Messages;
import procedo.catalog.text.Text;

class TableSheetTest {

    private enum Channel { IN_PERSON, ONLINE }

    private static final TableSheet.Wording WORDING = new TableSheet.Wording() {
        @Override
        public Text tooManyRows(int max) {
            return Text.verbatim("more than " + max + " rows");
        }

        @Override
        public Text headerMissing(List<TableSheet.Header> columns) {
            return Text.verbatim("no header");
        }

        @Override
        public Text duplicateColumn(String name) {
            return Text.verbatim("twice: " + name);
        }

        @Override
        public Text missingColumn(String name) {
            return Text.verbatim("missing: " + name);
        }

        @Override
        public Text refused(SheetReader.CellText content, int maxChars) {
            return Text.verbatim(content.kind() + " " + content.text());
        }
    };

    private static final List<TableSheet.Header> COLUMNS = List.of(new TableSheet.Header("fee_id", true),
            new TableSheet.Header("channel", true), new TableSheet.Header("amount_vnd", false));

    @Test
    void findsColumnsByNameAndRecordsEveryProblemAtItsCell() throws IOException {
        byte[] file = workbook(sheet -> {
            row(sheet, 0, "Note", "AMOUNT_VND", "channel", "fee_id");
            row(sheet, 1, "", "8 000", "online", "F1");
            row(sheet, 2, "", "x", "by fax", "");
            Row formula = sheet.createRow(3);
            formula.createCell(3).setCellFormula("1+1");
            row(sheet, 4, "only a note", "", "", "");
        });
        Problems problems = new Problems();
        List<String> read = new ArrayList<>();
        try (SheetReader reader = SheetReader.open(new ByteArrayInputStream(file), 1 << 20)) {
            new TableSheet("Fees", new ReadLimits(100, 100, 1 << 20), problems, WORDING).read(
                    reader.sheet("Fees").orElseThrow(), COLUMNS, r -> {
                        String id = r.required("fee_id");
                        Channel channel = r.choice("channel", Channel.class, Presence.REQUIRED);
                        BigDecimal amount = r.decimal("amount_vnd", Presence.OPTIONAL);
                        read.add(r.row() + ":" + id + ":" + channel + ":" + amount);
                    });
        }
        assertThat(read).containsExactly("2:F1:ONLINE:8000", "3::null:null");
        assertThat(problems.cellProblems()).extracting(Problems.CellProblem::cell, Problems.CellProblem::message)
                .containsExactly(
                tuple(new CellLocation("Fees", 3, "D", "fee_id"), "is required"),
                tuple(new CellLocation("Fees", 3, "C", "channel"), "'by fax' is not one of [IN_PERSON, ONLINE]"),
                tuple(new CellLocation("Fees", 3, "B", "amount_vnd"), "'x' is not a number"),
                tuple(new CellLocation("Fees", 4, "D", null), "FORMULA 1+1"));
        assertThat(problems.list().get(0).location()).isEqualTo("Fees!D3 (fee_id)");
    }

    @Test
    void refusesAHeaderWithoutARequiredColumnAndRowsBeyondTheLimit() throws IOException {
        byte[] file = workbook(sheet -> {
            row(sheet, 0, "fee_id", "fee_id", "amount_vnd");
            for (int i = 1; i < 10; i++) {
                row(sheet, i, "F" + i, "", "1");
            }
        });
        Problems missing = new Problems();
        Problems tooMany = new Problems();
        List<Integer> rows = new ArrayList<>();
        try (SheetReader reader = SheetReader.open(new ByteArrayInputStream(file), 1 << 20)) {
            new TableSheet("Fees", new ReadLimits(100, 100, 1 << 20), missing, WORDING)
                    .read(reader.sheet("Fees").orElseThrow(), COLUMNS, r -> rows.add(r.row()));
        }
        try (SheetReader reader = SheetReader.open(new ByteArrayInputStream(file), 1 << 20)) {
            new TableSheet("Fees", new ReadLimits(5, 100, 1 << 20), tooMany, WORDING).read(
                    reader.sheet("Fees").orElseThrow(), List.of(new TableSheet.Header("fee_id", true)), r -> rows.add(r.row()));
        }
        assertThat(missing.list()).extracting(Object::toString).containsExactly("Fees!B1: twice: fee_id",
                "Fees!1: missing: channel");
        assertThat(tooMany.list()).extracting(Object::toString).containsExactly("Fees!B1: twice: fee_id",
                "Fees!6: more than 5 rows");
        assertThat(rows).containsExactly(2, 3, 4, 5);
    }

    @Test
    void readsColumnsInOrderReportingAWrongHeaderAtItsCellAndTypesCellsByWhatTheyHold() throws IOException {
        byte[] file = workbook(sheet -> {
            row(sheet, 0, "fee_id", "kanal", "amount_vnd", "valid_from");
            row(sheet, 1, "F1", "online", "", "2025-07-01");
            Row typed = sheet.createRow(2);
            typed.createCell(0).setCellValue(7);
            typed.createCell(1).setCellValue("fax");
            typed.createCell(2).setCellValue(-3);
            typed.createCell(3).setCellValue("1 July");
            Row amounts = sheet.createRow(3);
            amounts.createCell(0).setCellFormula("1+1");
            amounts.createCell(2).setCellValue("8000");
            Row tooLong = sheet.createRow(4);
            tooLong.createCell(0).setCellValue("F123");
            tooLong.createCell(1).setCellValue("in_person");
            tooLong.createCell(2).setCellValue(12.5);
        });
        Problems problems = new Problems();
        List<String> read = new ArrayList<>();
        List<String> choices = List.of("IN_PERSON", "ONLINE");
        try (SheetReader reader = SheetReader.open(new ByteArrayInputStream(file), 1 << 20)) {
            new TableSheet("Fees", new ReadLimits(100, 100, 1 << 20), problems, WORDING).readInOrder(
                    reader.sheet("Fees").orElseThrow(), List.of(new TableSheet.Header("fee_id", true),
                            new TableSheet.Header("channel", true), new TableSheet.Header("amount_vnd", false),
                            new TableSheet.Header("valid_from", false)), r -> read.add(r.row() + ":"
                            + r.string("fee_id", Presence.REQUIRED, 3) + ":" + r.choice("channel", choices, Presence.REQUIRED)
                            + ":" + r.quantity("amount_vnd", Presence.OPTIONAL) + ":" + r.date("valid_from", Presence.OPTIONAL)));
        }
        assertThat(read).containsExactly("2:F1:ONLINE:null:2025-07-01", "3:null:null:null:null", "4:null:null:null:null",
                "5:F123:IN_PERSON:12.5:null");
        assertThat(problems.list()).extracting(Object::toString).containsExactly(
                "Fees!B1 (channel): expected the header 'channel', found 'kanal'",
                "Fees!A3 (fee_id): must be text (format the cell as text), not the number 7",
                "Fees!B3 (channel): must be one of IN_PERSON, ONLINE, not 'fax'",
                "Fees!C3 (amount_vnd): must not be negative",
                "Fees!D3 (valid_from): must be a date written yyyy-mm-dd, not '1 July'",
                "Fees!A4 (fee_id): FORMULA 1+1",
                "Fees!B4 (channel): is required",
                "Fees!C4 (amount_vnd): must be a number, not '8000'",
                "Fees!A5 (fee_id): must be at most 3 characters");
        assertThat(problems.list()).as("the shared sentences in Vietnamese")
                .extracting(p -> Messages.render(p.text(), Messages.VIETNAMESE)).containsExactly(
                "tiêu đề cột phải là 'channel', không phải 'kanal'",
                "phải là chữ (định dạng ô là Văn bản), không phải số 7",
                "'fax' không hợp lệ; chọn một trong: IN_PERSON, ONLINE",
                "không được là số âm",
                "phải là một ngày có thật, viết dd/mm/yyyy hoặc yyyy-mm-dd, không phải '1 July'",
                "FORMULA 1+1",
                "bắt buộc phải nhập",
                "phải là một số, không phải '8000'",
                "tối đa 3 ký tự");
    }

    @Test
    void readsInOrderUnderAnotherLanguagesHeadersWithValueSpellingsAndDatesWrittenDayFirst() throws IOException {
        byte[] file = workbook(sheet -> {
            row(sheet, 0, "Mã phí", "CÁCH THỨC NỘP", "valid_from");
            row(sheet, 1, "F1", " trực  tuyến ", "05/07/2025");
            row(sheet, 2, "F2", "IN_PERSON", "2025-07-01");
            row(sheet, 3, "F3", java.text.Normalizer.normalize("Bưu chính", java.text.Normalizer.Form.NFD), "31/02/2025");
            row(sheet, 4, "F4", "fax", "5/7/2025");
        });
        TableSheet.Choices channels = new TableSheet.Choices(java.util.Map.of("Trực tiếp", "IN_PERSON", "IN_PERSON", "IN_PERSON",
                "Trực tuyến", "ONLINE", "Bưu chính", "POST"), List.of("Trực tiếp", "Trực tuyến", "Bưu chính"));
        Problems problems = new Problems();
        List<String> read = new ArrayList<>();
        try (SheetReader reader = SheetReader.open(new ByteArrayInputStream(file), 1 << 20)) {
            new TableSheet("Phí", new ReadLimits(100, 100, 1 << 20), problems, WORDING).readInOrder(reader.sheet("Fees").orElseThrow(),
                    List.of(new TableSheet.Header("fee_id", true, List.of("Mã phí")),
                            new TableSheet.Header("Cách thức nộp", true, List.of("channel")),
                            new TableSheet.Header("Ngày hiệu lực", false, List.of("valid_from"))),
                    r -> read.add(r.string("fee_id", Presence.REQUIRED, 3) + ":" + r.choice("Cách thức nộp", channels, Presence.REQUIRED)
                            + ":" + r.date("Ngày hiệu lực", Presence.OPTIONAL)));
        }
        assertThat(read).containsExactly("F1:ONLINE:2025-07-05", "F2:IN_PERSON:2025-07-01", "F3:POST:null", "F4:null:2025-07-05");
        assertThat(problems.list()).extracting(Object::toString).containsExactly(
                "Phí!C4 (Ngày hiệu lực): must be a date written yyyy-mm-dd, not '31/02/2025'",
                "Phí!B5 (Cách thức nộp): must be one of Trực tiếp, Trực tuyến, Bưu chính, not 'fax'");
    }

    @Test
    void aCappedCollectorReplacesTheFirstProblemDroppedByItsNote() {
        Problems problems = Problems.keepingAtMost(2, "too many");
        for (int i = 1; i <= 4; i++) {
            problems.at(new CellLocation("Fees", i, "A", "fee_id"), "problem " + i);
        }
        assertThat(problems.overflowed()).isTrue();
        assertThat(problems.list()).extracting(Object::toString)
                .containsExactly("Fees!A1 (fee_id): problem 1", "Fees!A2 (fee_id): problem 2", "Fees!A3: too many");
    }

    private interface Filler {
        void fill(Sheet sheet);
    }


    @Test
    void aColumnIsFoundByAnotherNameAndNamedByItsOwn() throws IOException {
        byte[] file = workbook(sheet -> {
            row(sheet, 0, "Mã khoản phí", "Cách thức", "amount_vnd");
            row(sheet, 1, "F1", "", "8000");
        });
        List<TableSheet.Header> columns = List.of(new TableSheet.Header("fee_id", true, List.of("Mã khoản phí")),
                new TableSheet.Header("channel", true, List.of("Cách thức")), new TableSheet.Header("amount_vnd", false));
        Problems problems = new Problems();
        List<String> read = new ArrayList<>();
        try (SheetReader reader = SheetReader.open(new ByteArrayInputStream(file), 1 << 20)) {
            new TableSheet("Fees", new ReadLimits(100, 100, 1 << 20), problems, WORDING).read(
                    reader.sheet("Fees").orElseThrow(), columns, r -> read.add(r.required("fee_id") + ":"
                            + r.required("channel") + ":" + r.decimal("amount_vnd", Presence.OPTIONAL)));
        }
        assertThat(read).containsExactly("F1::8000");
        assertThat(problems.cellProblems()).extracting(Problems.CellProblem::cell, Problems.CellProblem::message)
                .containsExactly(org.assertj.core.api.Assertions.tuple(new CellLocation("Fees", 2, "B", "channel"),
                        "is required"));
    }

    private static byte[] workbook(Filler filler) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            filler.fill(workbook.createSheet("Fees"));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (!values[i].isEmpty()) {
                row.createCell(i).setCellValue(values[i]);
            }
        }
    }
}
