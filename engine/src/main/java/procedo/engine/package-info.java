/**
 * The workflow engine as Procedo sees it: the port {@link procedo.engine.WorkflowEngine} and the records, enums and
 * exceptions that cross it (deploy to-be workflows, start cases, work tasks, deadlines in working days, history to
 * KPIs). It knows no implementation; Camunda's lives in {@code procedo.engine.camunda}. Its refusals and element
 * problems are {@link procedo.engine.EngineText}s, keys of {@code procedo/engine/messages_vi.properties} and
 * {@code messages_en.properties} with their arguments, which the application says in the reader's language.
 */
package procedo.engine;
