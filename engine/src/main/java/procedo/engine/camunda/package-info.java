/**
 * The Camunda 7 implementation of {@link procedo.engine.WorkflowEngine}, split along Camunda's own services
 * (deployments, cases, task list, history figures), with the listeners and the escalation sweep Procedo adds to
 * every workflow. The only package of the application that uses Camunda's engine types.
 */
package procedo.engine.camunda;
