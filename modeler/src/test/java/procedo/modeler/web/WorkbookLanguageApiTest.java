package procedo.modeler.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import procedo.catalog.account.AccountRole;
import procedo.catalog.account.Grant;
import procedo.modeler.web.http.Downloads;

/**
 * A refused catalog workbook answers in the reader's language: each problem keeps its machine place (sheet, cell,
 * column) and sentence key, and says in Vietnamese where it is as the officer sees it and what to write instead; a
 * hostile or unreadable file is refused in Vietnamese without a library's message, a class or a temporary file's
 * name. English keeps the words it always had.
 */
class WorkbookLanguageApiTest {

    private static final String PROCEDURES = "Thủ tục hành chính";

    private static TestServer english;
    private static TestServer vietnamese;
    private static byte[] exported;
    private static byte[] exportedCodes;

    @BeforeAll
    static void start() {
        english = TestServer.start();
        english.application.loadDemoIfEmpty();
        vietnamese = english.inVietnamese();
        exported = english.downloadFile("/api/catalog/export.xlsx").body();
        exportedCodes = english.downloadFile("/api/catalog/export.xlsx?form=codes").body();
    }

    @AfterAll
    static void stop() {
        english.close();
    }

    @Test
    void aRefusedCatalogWorkbookNamesEachCellAndSaysWhatToWriteInVietnamese() throws IOException {
        byte[] file = edit(exported, wb -> {
            XSSFSheet procedures = wb.getSheet(PROCEDURES);
            fresh(procedures, 1, 3).setCellValue("Cấp huyện");
            fresh(procedures, 1, 1).setCellFormula("1+1");
            fresh(procedures, 2, 4).setCellValue("KHONG_CO");
        });

        var vi = vietnamese.postBytes("/api/catalog/import", file, Downloads.XLSX);
        var en = english.postBytes("/api/catalog/import", file, Downloads.XLSX);

        assertThat(vi.status()).as(vi.raw().body()).isEqualTo(400);
        assertThat(vi.body().path("message").asText()).isEqualTo("Dữ liệu nhập chưa hợp lệ");
        JsonNode level = error(vi, PROCEDURES + "!D2").orElseThrow();
        assertThat(level.path("field").asText()).isEqualTo(PROCEDURES + "!D2 (Cấp thực hiện)");
        assertThat(level.path("label").asText()).isEqualTo("trang " + PROCEDURES + ", dòng 2, cột D (Cấp thực hiện)");
        assertThat(level.path("message").asText())
                .isEqualTo("'Cấp huyện' không hợp lệ; chọn một trong: Cấp trung ương, Cấp tỉnh, Cấp xã");
        assertThat(level.path("code").asText()).isEqualTo("catalog.sheet.notChoice");
        JsonNode formula = error(vi, PROCEDURES + "!B2").orElseThrow();
        assertThat(formula.path("message").asText())
                .isEqualTo("ô chứa công thức (=1+1): không nhận công thức, chỉ nhập giá trị");
        assertThat(formula.path("label").asText()).startsWith("trang " + PROCEDURES + ", dòng 2, cột B");
        assertThat(error(vi, PROCEDURES + "!E3").orElseThrow().path("message").asText())
                .isEqualTo("không có cơ quan 'KHONG_CO' (trong danh mục và trong trang Cơ quan thực hiện)");

        assertThat(en.status()).isEqualTo(400);
        assertThat(error(en, PROCEDURES + "!D2").orElseThrow().path("message").asText())
                .isEqualTo("must be one of Cấp trung ương, Cấp tỉnh, Cấp xã, not 'Cấp huyện'");
        assertThat(error(en, PROCEDURES + "!E3").orElseThrow().path("message").asText())
                .contains("unknown agency 'KHONG_CO'");
        assertThat(en.body().path("errors").findValuesAsText("field"))
                .as("the places and keys are the same in both languages")
                .isEqualTo(vi.body().path("errors").findValuesAsText("field"));
        assertThat(en.body().path("errors").findValuesAsText("code"))
                .isEqualTo(vi.body().path("errors").findValuesAsText("code"));
    }

    @Test
    void aPreviewsTokenAppliesItOnceForItsAuthorAlone() throws IOException {
        String[] code = {null};
        byte[] current = english.downloadFile("/api/catalog/export.xlsx").body();
        byte[] file = edit(current, wb -> {
            XSSFSheet fees = wb.getSheet("Phí, lệ phí");
            code[0] = fees.getRow(1).getCell(0).getStringCellValue();
            fresh(fees, 1, 4).setCellValue(12_345);
        });
        JsonNode before = english.get("/api/procedures/" + code[0]).body();
        TestServer other = english.asNewUser("phan-tich-khac", Grant.of(AccountRole.ANALYST));

        var preview = vietnamese.postBytes("/api/catalog/import?preview=true", file, Downloads.XLSX);

        assertThat(preview.status()).as(preview.raw().body()).isEqualTo(200);
        String token = preview.body().get("token").asText();
        assertThat(token).matches("[0-9a-f]{32}");
        var stolen = other.inVietnamese().post("/api/catalog/import?token=" + token, "");
        assertThat(stolen.status()).as(stolen.raw().body()).isEqualTo(409);
        assertThat(stolen.body().get("message").asText()).contains("bản xem trước này không còn áp dụng được");
        assertThat(english.get("/api/procedures/" + code[0]).body()).isEqualTo(before);
        var unknown = english.post("/api/catalog/import?token=" + "0".repeat(32), "");
        assertThat(unknown.status()).isEqualTo(409);

        var applied = english.post("/api/catalog/import?token=" + token, "");

        assertThat(applied.status()).as(applied.raw().body()).isEqualTo(201);
        assertThat(applied.body().get("changed").get(0).get("code").asText()).isEqualTo(code[0]);
        JsonNode after = english.get("/api/procedures/" + code[0]).body();
        assertThat(after.at("/fees/0/amountVnd").decimalValue()).isEqualByComparingTo("12345");
        assertThat(after.get("version").asInt()).isEqualTo(before.get("version").asInt() + 1);
        var twice = english.post("/api/catalog/import?token=" + token, "");
        assertThat(twice.status()).as("a token applies once").isEqualTo(409);
        assertThat(english.get("/api/procedures/" + code[0]).body().get("version")).isEqualTo(after.get("version"));
        // the fee as it was, for the other tests of the class
        assertThat(english.postBytes("/api/catalog/import", current, Downloads.XLSX).status()).isEqualTo(201);
    }

    @Test
    void aPreviewAnswersWhatAnImportWouldChangeWritesNothingAndTheImportThenAppliesIt() throws IOException {
        String[] code = {null};
        byte[] file = edit(exported, wb -> {
            XSSFSheet fees = wb.getSheet("Phí, lệ phí");
            code[0] = fees.getRow(1).getCell(0).getStringCellValue();
            fresh(fees, 1, 4).setCellValue(10_000);
        });
        JsonNode before = english.get("/api/procedures/" + code[0]).body();
        long audited = english.get("/api/audit?limit=1").body().get("total").asLong();
        long total = english.get("/api/procedures?limit=1").body().get("total").asLong();

        var preview = vietnamese.postBytes("/api/catalog/import?preview=true", file, Downloads.XLSX);

        assertThat(preview.status()).as(preview.raw().body()).isEqualTo(200);
        assertThat(preview.body().get("added")).isEmpty();
        assertThat(preview.body().get("removed")).isEmpty();
        assertThat(preview.body().get("unchanged").asLong()).isEqualTo(total - 1);
        JsonNode changed = preview.body().get("changed");
        assertThat(changed).hasSize(1);
        assertThat(changed.get(0).get("code").asText()).isEqualTo(code[0]);
        JsonNode fee = changed.get(0).get("changes").get(0);
        assertThat(fee.get("field").asText()).isEqualTo("fees[0].amountVnd");
        assertThat(fee.get("label").asText()).isEqualTo("Phí, lệ phí 1: mức thu (đ)");
        assertThat(fee.get("before").decimalValue()).isEqualByComparingTo(before.at("/fees/0/amountVnd").decimalValue());
        assertThat(fee.get("after").decimalValue()).isEqualByComparingTo("10000");
        assertThat(english.get("/api/procedures/" + code[0]).body()).isEqualTo(before);
        assertThat(english.get("/api/audit?limit=1").body().get("total").asLong()).isEqualTo(audited);

        var applied = english.postBytes("/api/catalog/import", file, Downloads.XLSX);

        assertThat(applied.status()).as(applied.raw().body()).isEqualTo(201);
        assertThat(applied.body().get("changed").get(0).get("changes").get(0).get("label").asText())
                .isEqualTo("Fee 1: amount (VND)");
        JsonNode after = english.get("/api/procedures/" + code[0]).body();
        assertThat(after.at("/fees/0/amountVnd").decimalValue()).isEqualByComparingTo("10000");
        assertThat(after.get("version").asInt()).isEqualTo(before.get("version").asInt() + 1);
        assertThat(english.get("/api/audit?action=PROCEDURE_UPDATED&limit=1").body().at("/items/0/procedureCode").asText())
                .isEqualTo(code[0]);
        long afterImport = english.get("/api/audit?limit=1").body().get("total").asLong();
        assertThat(afterImport).isEqualTo(audited + 2);

        var again = english.postBytes("/api/catalog/import", file, Downloads.XLSX);

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body().get("changed")).isEmpty();
        assertThat(again.body().get("unchanged").asLong()).isEqualTo(total);
        assertThat(english.get("/api/procedures/" + code[0]).body().get("version")).isEqualTo(after.get("version"));
        assertThat(english.get("/api/audit?limit=1").body().get("total").asLong()).as("nothing audited").isEqualTo(afterImport);
    }

    @Test
    void aZipBombIsRefusedInVietnameseWithoutTheLibrarysWordsOrAFileName() throws IOException {
        byte[] bomb = bomb(exportedCodes);

        var vi = vietnamese.postBytes("/api/catalog/import", bomb, Downloads.XLSX);
        var en = english.postBytes("/api/catalog/import", bomb, Downloads.XLSX);

        assertThat(vi.status()).as(vi.raw().body()).isEqualTo(400);
        JsonNode refusal = vi.body().path("errors").get(0);
        assertThat(refusal.path("label").asText()).isEqualTo("tệp");
        assertThat(refusal.path("field").asText()).isEmpty();
        assertThat(refusal.path("message").asText()).isEqualTo("tệp bị từ chối vì có dấu hiệu bom nén (zip bomb): một"
                + " phần của tệp khi giải nén lớn hơn 100 lần kích thước nén");
        assertThat(refusal.path("code").asText()).isEqualTo("catalog.sheet.import.zipBomb");
        assertThat(vi.raw().body()).doesNotContain("Exception", "procedo-import", "/tmp", "Zip bomb detected",
                "sheet1.xml", "MIN_INFLATE_RATIO");
        assertThat(en.raw().body()).contains("not a readable XLSX workbook", "Zip bomb")
                .doesNotContain("Exception", "procedo-import", "/tmp", "sheet1.xml");
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedInVietnameseWithoutTheLibrarysWordsOrAFileName() {
        byte[] text = "Danh mục thủ tục".getBytes(StandardCharsets.UTF_8);

        var vi = vietnamese.postBytes("/api/catalog/import", text, "application/octet-stream");
        var en = english.postBytes("/api/catalog/import", text, "application/octet-stream");

        assertThat(vi.status()).isEqualTo(400);
        assertThat(vi.body().path("errors").findValuesAsText("message")).singleElement().asString()
                .startsWith("tệp không phải bảng tính Excel (.xlsx)");
        assertThat(vi.raw().body()).doesNotContain("Exception", "procedo-import", "/tmp");
        assertThat(en.raw().body()).contains("not a readable XLSX workbook")
                .doesNotContain("Exception", "procedo-import", "/tmp");
    }

    @Test
    void aWorkbookWithAnExternalEntityIsRefusedInVietnameseWithoutReadingIt() throws IOException {
        Path secret = Files.createTempFile("secret", ".txt");
        try {
            Files.writeString(secret, "TOP-SECRET");
            java.util.Map<String, byte[]> parts = Mutator.unzip(exportedCodes);
            String workbook = new String(parts.get("xl/workbook.xml"), StandardCharsets.UTF_8);
            int root = workbook.indexOf("<workbook");
            parts.put("xl/workbook.xml", (workbook.substring(0, root) + "<!DOCTYPE workbook [<!ENTITY x SYSTEM \""
                    + secret.toUri() + "\">]>" + workbook.substring(root).replaceFirst("<sheets>", "<sheets>&x;"))
                    .getBytes(StandardCharsets.UTF_8));
            byte[] hostile = Mutator.zip(parts);

            var vi = vietnamese.postBytes("/api/catalog/import", hostile, Downloads.XLSX);

            assertThat(vi.status()).as(vi.raw().body()).isEqualTo(400);
            assertThat(vi.body().path("errors").findValuesAsText("message")).singleElement().asString()
                    .startsWith("tệp không phải bảng tính Excel (.xlsx)");
            assertThat(vi.raw().body()).doesNotContain("TOP-SECRET", "Exception", "procedo-import", "/tmp", "DOCTYPE");
        } finally {
            Files.delete(secret);
        }
    }

    @Test
    void anExternalEntityInASheetIsRefusedInVietnameseWithoutReadingIt() throws IOException {
        Path secret = Files.createTempFile("secret", ".txt");
        try {
            Files.writeString(secret, "TOP-SECRET");
            java.util.Map<String, byte[]> parts = Mutator.unzip(exportedCodes);
            int sheets = 0;
            for (String name : List.copyOf(parts.keySet())) {
                if (!name.startsWith("xl/worksheets/sheet")) {
                    continue;
                }
                String sheet = new String(parts.get(name), StandardCharsets.UTF_8);
                int root = sheet.indexOf("<worksheet");
                int text = sheet.indexOf("<t>", Math.max(0, sheet.indexOf("<row r=\"2\"")));
                if (root < 0 || text < 0) {
                    continue;
                }
                // the sheets are what the streaming parser reads: the entity stands first in the first text of the first
                // data row (a procedure's code, an agency's code, ...), which a preview would name if it were read
                parts.put(name, (sheet.substring(0, root) + "<!DOCTYPE worksheet [<!ENTITY x SYSTEM \"" + secret.toUri()
                        + "\">]>" + sheet.substring(root, text + 3) + "&x;" + sheet.substring(text + 3))
                        .getBytes(StandardCharsets.UTF_8));
                sheets++;
            }
            assertThat(sheets).as("sheets with a text cell").isGreaterThan(3);

            var preview = vietnamese.postBytes("/api/catalog/import?preview=true", Mutator.zip(parts), Downloads.XLSX);

            assertThat(preview.status()).as(preview.raw().body()).isEqualTo(400);
            assertThat(preview.body().path("errors").findValuesAsText("message")).singleElement().asString()
                    .startsWith("tệp không phải bảng tính Excel (.xlsx)");
            assertThat(preview.raw().body()).doesNotContain("TOP-SECRET", "Exception", "/tmp", "DOCTYPE");
        } finally {
            Files.delete(secret);
        }
    }

    private static Optional<JsonNode> error(TestServer.Response response, String place) {
        for (JsonNode error : response.body().path("errors")) {
            if (error.path("field").asText().startsWith(place)) {
                return Optional.of(error);
            }
        }
        return Optional.empty();
    }

    /** The cell emptied of what the export wrote (an inline text that a new value would be appended to). */
    private static XSSFCell fresh(XSSFSheet sheet, int row, int column) {
        XSSFRow r = sheet.getRow(row);
        r.removeCell(r.getCell(column));
        return r.createCell(column);
    }

    private interface Change {
        void apply(XSSFWorkbook workbook);
    }

    private static byte[] edit(byte[] file, Change change) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            change.apply(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** The workbook with 40 MiB of blanks packed into its first sheet: it compresses by over 1000:1. */
    private static byte[] bomb(byte[] workbook) throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        Path source = Files.createTempFile("exported", ".xlsx");
        try {
            Files.write(source, workbook);
            try (ZipFile in = new ZipFile(source.toFile()); ZipOutputStream out = new ZipOutputStream(bomb)) {
                for (ZipEntry entry : Collections.list(in.entries())) {
                    byte[] content = in.getInputStream(entry).readAllBytes();
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                        String xml = new String(content, StandardCharsets.UTF_8);
                        int afterDeclaration = xml.indexOf("?>") + 2;
                        out.write(xml.substring(0, afterDeclaration).getBytes(StandardCharsets.UTF_8));
                        byte[] blanks = new byte[1 << 20];
                        Arrays.fill(blanks, (byte) ' ');
                        for (int i = 0; i < 40; i++) {
                            out.write(blanks);
                        }
                        out.write(xml.substring(afterDeclaration).getBytes(StandardCharsets.UTF_8));
                    } else {
                        out.write(content);
                    }
                }
            }
        } finally {
            Files.delete(source);
        }
        return bomb.toByteArray();
    }
}
