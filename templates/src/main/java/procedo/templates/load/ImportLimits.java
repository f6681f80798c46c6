package procedo.templates.load;

import procedo.catalog.excel.ReadLimits;

/**
 * Bounds that keep a hostile file from exhausting the server.
 *
 * @param maxBytes        largest file accepted
 * @param maxRowsPerSheet most rows read from one sheet
 * @param maxCellChars    longest cell text
 * @param maxErrors       most problems listed before reading stops
 * @param maxEntryBytes   largest uncompressed part of a workbook (zip entry)
 */
public record ImportLimits(long maxBytes, int maxRowsPerSheet, int maxCellChars, int maxErrors, long maxEntryBytes) {

    /** 20 MiB files, 200,000 rows per sheet, 10,000 characters per cell, 1,000 errors, 500 MiB per zip entry. */
    public static final ImportLimits DEFAULT = new ImportLimits(20L * 1024 * 1024, 200_000, 10_000, 1_000,
            500L * 1024 * 1024);

    /** The bounds the workbook reader applies: rows per sheet, cell length and expanded part size. */
    public ReadLimits reading() {
        return new ReadLimits(maxRowsPerSheet, maxCellChars, maxEntryBytes);
    }

    public ImportLimits withMaxRowsPerSheet(int rows) {
        return new ImportLimits(maxBytes, rows, maxCellChars, maxErrors, maxEntryBytes);
    }
}
