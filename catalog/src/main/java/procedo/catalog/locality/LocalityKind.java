package procedo.catalog.locality;

/** The kind of a locality: the nation, a centrally-run city, a province, or a commune. */
public enum LocalityKind {
    NATIONAL, CITY, PROVINCE, COMMUNE
}
