package procedo.templates;

import procedo.templates.model.VersionInfo;

/** An import's outcome: the version stored, and whether it was new or already there with the same content. */
public record ImportResult(VersionInfo version, boolean created) {
}
