/**
 * The cost-reduction report: one row per procedure (before, after, saving, with the inputs), roll-ups by agency,
 * field and locality, and the summary against the target — pure BigDecimal, computed with the catalog's
 * Standard Cost Model so that the figures agree with the rest of the application. Writers are sinks: the CSV
 * writer here, the XLSX writer in {@code .excel}; both write in a {@code ReportLanguage} (Vietnamese by default),
 * worded by {@code ReportWording}: names instead of codes, times in Viet Nam's time zone.
 */
package procedo.catalog.report;
