package procedo.templates.model;

import java.time.Instant;

/** One stored version of a package, without its content. */
public record VersionInfo(String code, String version, String name, PackageStatus status, String contentHash,
                          int fieldCount, Instant importedAt, Instant publishedAt, String importedBy) {
}
