package procedo.catalog.locality;

/** Level at which a procedure is carried out (the district level was abolished on 1 July 2025). */
public enum Level {
    CENTRAL, PROVINCE, COMMUNE
}
