package procedo.modeler.model;

/** A saved model version with its BPMN XML exactly as it was uploaded. */
public record StoredModel(ModelVersion version, byte[] xml) {
}
