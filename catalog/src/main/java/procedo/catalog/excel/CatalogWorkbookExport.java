package procedo.catalog.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import procedo.catalog.procedure.WithdrawnFilter;
import procedo.catalog.transfer.CatalogTable;
import procedo.catalog.transfer.CatalogTransferStore;
import procedo.catalog.transfer.Column;

/**
 * Writes the catalog as a workbook (withdrawn procedures only when asked), one sheet per {@link CatalogTable} with its column names as headers,
 * streamed with SXSSF. Text is always a string cell, numbers numeric cells, dates yyyy-mm-dd text.
 */
public final class CatalogWorkbookExport {

    private final CatalogTransferStore store;

    public CatalogWorkbookExport(CatalogTransferStore store) {
        this.store = store;
    }

    /** Writes the workbook of the procedures in the catalog to {@code out}; returns the number of data rows written. */
    public long write(OutputStream out) {
        return write(out, WithdrawnFilter.EXCLUDE);
    }

    /** Writes the workbook of the procedures {@code withdrawn} admits; returns the number of data rows written. */
    public long write(OutputStream out, WithdrawnFilter withdrawn) {
        long[] rows = {0};
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            workbook.setCompressTempFiles(true);
            SheetWriter.Styles styles = new SheetWriter.Styles(workbook);
            for (CatalogTable table : CatalogTable.values()) {
                SheetWriter sheet = new SheetWriter(workbook.createSheet(table.sheetName()), styles);
                List<Column> columns = table.columns();
                sheet.header(columns.stream().map(Column::name).toArray(String[]::new));
                int[] widths = columns.stream().mapToInt(c -> c.type() == Column.Type.TEXT ? Math.min(60, Math.max(14, c.limit() / 10)) : 14).toArray();
                sheet.widths(widths);
                store.forEachRow(table, withdrawn, values -> {
                    sheet.row();
                    for (int i = 0; i < columns.size(); i++) {
                        Object v = values.get(i);
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
                    rows[0]++;
                });
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows[0];
    }
}
