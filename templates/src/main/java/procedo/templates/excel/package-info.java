/**
 * Package workbooks in Vietnamese (streaming read, SXSSF write; the English layout of earlier workbooks still read)
 * and the deviation report workbook, with Apache POI.
 */
package procedo.templates.excel;
