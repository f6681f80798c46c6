/**
 * The catalog as an Excel workbook (export with SXSSF, streaming all-or-nothing import), and the cell writing
 * shared by the workbooks Procedo produces: text is always a string cell (never a formula, whatever it starts
 * with), numbers are numeric cells with number formats.
 */
package procedo.catalog.excel;
