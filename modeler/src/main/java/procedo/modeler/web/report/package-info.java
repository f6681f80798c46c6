/** The cost-reduction report over HTTP, as a workbook and as CSV tables. */
package procedo.modeler.web.report;
