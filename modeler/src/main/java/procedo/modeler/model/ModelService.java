package procedo.modeler.model;

import java.util.List;
import java.util.Optional;
import procedo.catalog.account.Actor;
import procedo.catalog.audit.AuditAction;
import procedo.catalog.audit.AuditEntry;
import procedo.catalog.audit.AuditSubject;
import procedo.catalog.audit.AuditTrail;
import procedo.catalog.error.ConflictException;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.NotFoundException;
import procedo.catalog.text.Text;

/**
 * The BPMN models of procedures: every save is checked (well-formed, BPMN, references resolve) and stored as a new
 * version with the uploaded bytes unchanged, its author being the actor's display name, and recorded in the audit
 * trail (the version saved and the one it follows; not the XML); analysis and as-is/to-be comparison read the
 * stored versions.
 */
public final class ModelService {

    private static final int MAX_AUTHOR = 200;
    private static final int MAX_COMMENT = 2000;

    private final ModelRepository repository;
    private final BpmnReader reader = new BpmnReader();
    private final BpmnAnalyser analyser = new BpmnAnalyser();

    private final AuditTrail audit;

    public ModelService(ModelRepository repository, AuditTrail audit) {
        this.repository = repository;
        this.audit = audit;
    }

    /**
     * Saves {@code xml} as the next version. The first save of a kind needs no expected version; later ones need
     * the current version (else a {@link StaleModelException} naming it). Invalid XML stores nothing.
     */
    public ModelVersion save(String code, ModelKind kind, byte[] xml, Integer expectedVersion, Actor actor,
                             String comment) {
        reader.read(xml);
        String who = actor.username();
        String why = comment == null ? "" : comment.trim();
        if (who.length() > MAX_AUTHOR) {
            throw InvalidInputException.of("author", Text.of("catalog.problem.tooLong", MAX_AUTHOR));
        }
        if (why.length() > MAX_COMMENT) {
            throw InvalidInputException.of("comment", Text.of("catalog.problem.tooLong", MAX_COMMENT));
        }
        try {
            return audit.inTransaction(() -> {
                ModelVersion before = repository.latest(code, kind).map(StoredModel::version).orElse(null);
                ModelVersion saved = repository.save(code, kind, xml, expectedVersion, who, why);
                audit.record(AuditEntry.of(actor, AuditAction.MODEL_SAVED, AuditSubject.of("model", code + "/" + kind))
                        .procedure(code).before(before).after(saved));
                return saved;
            });
        } catch (ConflictException e) {
            throw new StaleModelException(e.text(),
                    repository.latest(code, kind).map(m -> m.version().version()).orElse(0));
        }
    }

    public List<ModelVersion> latestOfEachKind(String code) {
        return repository.latestOfEachKind(code);
    }

    public Optional<StoredModel> latest(String code, ModelKind kind) {
        return repository.latest(code, kind);
    }

    /** The latest version, or the given one; {@link NotFoundException} when there is none. */
    public StoredModel get(String code, ModelKind kind, Integer version) {
        Optional<StoredModel> model = version == null ? repository.latest(code, kind)
                : repository.version(code, kind, version);
        return model.orElseThrow(() -> new NotFoundException(version == null
                ? Text.of("modeler.model.none", code, kind.text())
                : Text.of("modeler.model.versionNone", code, kind.text(), version)));
    }

    public List<ModelVersion> versions(String code, ModelKind kind) {
        return repository.versions(code, kind);
    }

    /** The analysis of a stored model (latest when {@code version} is null). */
    public BpmnAnalysis analysis(String code, ModelKind kind, Integer version) {
        return analyser.analyse(get(code, kind, version).xml());
    }

    /** The analysis of a model that is not stored. */
    public BpmnAnalysis analyse(byte[] xml) {
        return analyser.analyse(xml);
    }

    /** As-is against to-be (latest versions unless given); {@link NotFoundException} names the missing model. */
    public ModelComparison compare(String code, Integer asIsVersion, Integer toBeVersion) {
        return compareVersions(code, new ModelRef(ModelKind.AS_IS, asIsVersion), new ModelRef(ModelKind.TO_BE, toBeVersion));
    }

    /**
     * Any version of either model against any other ({@code before} on the comparison's as-is side, {@code after} on
     * its to-be side); {@link NotFoundException} names the missing model or version.
     */
    public ModelComparison compareVersions(String code, ModelRef before, ModelRef after) {
        StoredModel asIs = get(code, before.kind(), before.version());
        StoredModel toBe = get(code, after.kind(), after.version());
        return ModelComparison.of(asIs.version(), analyser.analyse(asIs.xml()), toBe.version(),
                analyser.analyse(toBe.xml()));
    }
}
