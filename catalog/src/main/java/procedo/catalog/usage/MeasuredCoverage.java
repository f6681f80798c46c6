package procedo.catalog.usage;

/**
 * What the workflow that measured a procedure's dossiers covers in its province: ALL the dossiers, or a PILOT (some
 * dossiers only, whose count never stands for the province's yearly volume).
 */
public enum MeasuredCoverage {
    ALL, PILOT
}
