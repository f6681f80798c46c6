/**
 * The catalog as an Excel workbook (export with SXSSF, streaming all-or-nothing import; in Vietnamese for the
 * officers who fill it by hand, or in the exchange codes; previews kept for their author to apply without sending the
 * file again, {@link procedo.catalog.excel.CatalogImportPreviews}), the audit trail's streamed export, and the workbook reading
 * and writing shared by every import and export of Procedo: the streaming, bounded {@link procedo.catalog.excel.SheetReader}
 * and {@link procedo.catalog.excel.TableSheet} (columns by header name or in a fixed order, refused cells, typed
 * getters, located problems), and cells written so that text is always a string cell (never a formula, whatever it
 * starts with), numbers numeric cells with number formats. Every problem a reading finds is a sentence of the
 * bundles ({@code catalog.sheet.*}), said in the reader's language at its cell; a file that cannot be read is refused
 * at the file, in Procedo's words, never with a library's message or a temporary file's name.
 */
package procedo.catalog.excel;
