/**
 * The reports as XLSX workbooks, written with POI's streaming SXSSF: the cost-reduction report and the portfolio
 * within an effort budget, each with the inputs that reproduce its figures and no formula anywhere.
 */
package procedo.catalog.report.excel;
