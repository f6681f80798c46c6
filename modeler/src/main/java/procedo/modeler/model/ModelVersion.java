package procedo.modeler.model;

import java.time.Instant;

/** One saved version of a procedure's model: who saved it, when, and why. */
public record ModelVersion(ModelKind kind, int version, String author, Instant createdAt, String comment) {
}
