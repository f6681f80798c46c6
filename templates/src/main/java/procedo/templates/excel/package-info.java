/**
 * Package workbooks in Vietnamese (streaming read, SXSSF write; the English layout of earlier workbooks still read)
 * and the deviation report workbook, with Apache POI. A package workbook's problems are sentences of the templates
 * bundles ({@code templates.sheet.*}), each at its cell.
 */
package procedo.templates.excel;
