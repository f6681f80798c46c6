/**
 * Running a procedure's to-be workflow: deployment from the stored model, the start form (from the procedure's
 * form template, or from its dossier), cases, tasks, the measured figures fed back into the catalog as MEASURED
 * usage, and the candidate groups that user tasks can name. It joins the catalog, the templates and the engine;
 * Camunda types stay in the engine module.
 */
package procedo.modeler.workflow;
