package procedo.modeler.observatory;

/** What a column's figures count, which says how they are written. */
public enum ColumnUnit {
    /** Dossiers a year. */
    DOSSIERS,
    /** A share from 0 to 1, written as a percentage. */
    SHARE,
    /** Money in đồng. */
    VND,
    /** A score from 1 to 5. */
    SCORE,
    /** A stage of a workflow's going live, as its step: 1 design, 2 test, 3 pilot, 4 national rollout. */
    STAGE
}
