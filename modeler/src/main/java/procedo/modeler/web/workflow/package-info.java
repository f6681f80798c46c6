/** Running workflows over HTTP: deployments, start forms, cases, the task list, KPIs and the working-day calendar. */
package procedo.modeler.web.workflow;
