/**
 * The procedures' BPMN models, as-is and to-be, in versions: safe reading and schema validation, analysis of the
 * applicant's burden, lint, and comparison. Its entry point is {@link procedo.modeler.model.ModelService}.
 */
package procedo.modeler.model;
