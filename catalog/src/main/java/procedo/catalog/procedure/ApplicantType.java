package procedo.catalog.procedure;

/** Who must comply with a procedure; the SCM tariff depends on it. */
public enum ApplicantType {
    CITIZEN, BUSINESS
}
