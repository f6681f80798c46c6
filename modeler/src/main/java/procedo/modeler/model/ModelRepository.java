package procedo.modeler.model;

import java.util.List;
import java.util.Optional;

/**
 * The stored versions of the procedures' BPMN models. Every method naming a procedure code that does not exist
 * throws {@link procedo.catalog.error.NotFoundException}.
 */
public interface ModelRepository {

    /**
     * Stores {@code xml} as the next version of the model. The first version needs no expected version; later ones
     * need the latest version's number, else a {@link procedo.catalog.error.ConflictException} naming the current
     * version is thrown. Of two concurrent saves based on the same version exactly one succeeds.
     */
    ModelVersion save(String procedureCode, ModelKind kind, byte[] xml, Integer expectedVersion, String author,
                      String comment);

    Optional<StoredModel> latest(String procedureCode, ModelKind kind);

    Optional<StoredModel> version(String procedureCode, ModelKind kind, int version);

    /** Every version of one model, oldest first (empty when none was saved). */
    List<ModelVersion> versions(String procedureCode, ModelKind kind);

    /** The latest version of each kind present, AS_IS before TO_BE. */
    List<ModelVersion> latestOfEachKind(String procedureCode);
}
