/** The audit trail over HTTP: its records with filters, their workbook export and the verification of the chain. */
package procedo.modeler.web.audit;
