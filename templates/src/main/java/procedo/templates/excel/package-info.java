/** Package workbooks (streaming read, SXSSF write) and the deviation report workbook, with Apache POI. */
package procedo.templates.excel;
