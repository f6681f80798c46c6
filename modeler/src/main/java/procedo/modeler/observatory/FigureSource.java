package procedo.modeler.observatory;

/** Where a figure of the observatory was taken from. */
public enum FigureSource {
    /** The catalog's usage statistics (imported or estimated), the locality's better source for each year. */
    STATISTICS,
    /** Dossiers the workflow engine counted, recorded in the catalog as measured usage. */
    MEASURED,
    /** The workflow engine's history of the procedure's cases (its KPIs), read now. */
    ENGINE,
    /** The Standard Cost Model of the procedure's record, its tariff and its fees. */
    COST_MODEL,
    /** How the dossiers' components and results were handed in and issued, recorded at the one-stop counter. */
    INTAKE,
    /** The applicants' ratings given on the public status page. */
    RATINGS
}
