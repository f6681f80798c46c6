package procedo.catalog.locality;

/** The kind of a locality: the nation, a centrally-run city, a province, or a commune. */
public enum LocalityKind {
    NATIONAL, CITY, PROVINCE, COMMUNE;

    /** Whether a locality of this kind is of the provincial level: a province or a centrally-run city. */
    public boolean provincial() {
        return this == CITY || this == PROVINCE;
    }
}
