package procedo.catalog.usage;

/**
 * Where a usage figure comes from. When several sources give the same procedure, locality and year, the more
 * trustworthy one wins: MEASURED (from the workflow engine) over IMPORTED over ESTIMATED.
 */
public enum UsageSource {
    ESTIMATED, IMPORTED, MEASURED
}
