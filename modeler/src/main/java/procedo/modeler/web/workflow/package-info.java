/**
 * Running workflows over HTTP: deployments and their check, start forms, cases, the task list, KPIs, the working-day
 * calendar and the known candidate groups.
 */
package procedo.modeler.web.workflow;
