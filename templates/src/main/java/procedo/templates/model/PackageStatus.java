package procedo.templates.model;

/** A package version is a draft once imported, and published when the central agency releases it for adoption. */
public enum PackageStatus {
    DRAFT, PUBLISHED
}
