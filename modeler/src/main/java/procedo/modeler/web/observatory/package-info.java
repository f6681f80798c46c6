/** The observatory's routes: its rows for scripts and pages, and its workbook. */
package procedo.modeler.web.observatory;
