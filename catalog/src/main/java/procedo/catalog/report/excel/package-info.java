/** The cost-reduction report as an XLSX workbook, written with POI's streaming SXSSF. */
package procedo.catalog.report.excel;
