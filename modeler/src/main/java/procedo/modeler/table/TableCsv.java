package procedo.modeler.table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A table as CSV that Excel opens in Vietnamese: UTF-8 with a byte order mark, comma-separated, lines ended by CRLF,
 * numbers as plain figures ({@code 1234567.5}); a text that a spreadsheet would take for a formula (starting with
 * {@code = + - @}, a tab or a carriage return) is written with an apostrophe in front.
 */
public final class TableCsv {

    private static final String BOM = "\uFEFF";

    private TableCsv() {
    }

    /** Writes {@code table} to {@code out} (left open). */
    public static void write(Table table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BOM);
        line(writer, List.copyOf(table.headers()));
        for (List<Object> row : table.rows()) {
            line(writer, row);
        }
        writer.flush();
    }

    private static void line(Writer writer, List<?> cells) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        writer.write(line.append("\r\n").toString());
    }

    /** One cell as CSV: quoted when it holds a comma, a quote or a line break. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.matches("(?s).*[\",\r\n].*") ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
