package procedo.templates;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import procedo.templates.adoption.Adoption;
import procedo.templates.model.PackageStatus;
import procedo.templates.model.VersionInfo;

/** Stored package versions (content as a JSON document) and localities' adoptions. */
public interface TemplateRepository {

    /** The latest imported version of every package, by code. */
    List<VersionInfo> latestVersions();

    /** Every version of a package, oldest first. */
    List<VersionInfo> versions(String code);

    Optional<VersionInfo> info(String code, String version);

    /** The JSON document of a version. */
    Optional<String> content(String code, String version);

    /** Stores a new version; a (code, version) already stored is a conflict. */
    void insert(VersionInfo info, String content);

    void setStatus(String code, String version, PackageStatus status, Instant at);

    List<Adoption> adoptions(String templateCode);

    Optional<Adoption> adoption(String localityCode, String templateCode);

    /**
     * Creates the adoption when {@code expectedRevision} is 0, or replaces it when its stored revision is
     * {@code expectedRevision}; returns false when the stored revision differs.
     */
    boolean saveAdoption(Adoption adoption, int expectedRevision);

    boolean isEmpty();

    /** Runs {@code work} in one transaction. */
    <T> T inTransaction(java.util.function.Supplier<T> work);
}
