package procedo.catalog.excel;

/**
 * The bounds an import reads a workbook within, so that a hostile file cannot exhaust the server.
 *
 * @param maxRowsPerSheet most rows read from one sheet, the header included
 * @param maxCellChars    longest cell text
 * @param maxEntryBytes   largest expanded part of the workbook (zip entry), at most {@link SheetReader#MAX_ENTRY_BYTES}
 */
public record ReadLimits(int maxRowsPerSheet, int maxCellChars, long maxEntryBytes) {
}
