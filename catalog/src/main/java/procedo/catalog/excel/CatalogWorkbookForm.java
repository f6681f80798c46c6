package procedo.catalog.excel;

/**
 * The two ways the catalog workbook can be written. Both import: a workbook may even mix them, sheet by sheet and
 * cell by cell.
 */
public enum CatalogWorkbookForm {
    /**
     * What a person reads and fills by hand: Vietnamese sheet names and headers, names instead of codes (levels,
     * applicant types, channels, statuses, agencies), dates dd/mm/yyyy, drop-down lists on every enumerated column
     * and a guide sheet.
     */
    VIETNAMESE,
    /**
     * The exchange codes, for scripts: English sheet names, snake_case headers, enumeration codes, agency codes and
     * yyyy-mm-dd dates — the layout of catalog workbooks exported before the Vietnamese form.
     */
    CODES
}
