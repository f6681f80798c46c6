package procedo.modeler.dossier;

import java.time.Instant;

/**
 * What the public status page shows of a dossier, and nothing more.
 *
 * @param state   ACTIVE (being processed), COMPLETED or CANCELLED
 * @param dueAt   when the result is due
 * @param outcome how the case ended (GRANTED, REFUSED, ...) when the engine says so; null while open or unknown
 */
public record PublicStatus(String dossierNumber, String state, Instant dueAt, Instant endedAt, String outcome) {
}
