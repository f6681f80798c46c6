/**
 * The adapter to the embedded Camunda 7 engine: deploy to-be workflows, start cases, tasks, deadlines in working
 * days, history to KPIs. Camunda engine types never leave this module; it depends on no other module of ours.
 */
package procedo.engine;
