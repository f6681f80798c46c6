/** The whole catalog as a workbook over HTTP: export, and the all-or-nothing import of an uploaded workbook. */
package procedo.modeler.web.workbook;
