/** The export of a page's table over HTTP: the rows a table holds, sent back as a workbook of values. */
package procedo.modeler.web.table;
