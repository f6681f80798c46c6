package procedo.catalog.transfer;

import java.util.List;
import procedo.catalog.cost.ActivityKind;
import procedo.catalog.procedure.ApplicantType;
import procedo.catalog.procedure.CopyKind;
import procedo.catalog.procedure.FeeChannel;
import procedo.catalog.locality.Level;
import procedo.catalog.procedure.OnlineLevel;
import procedo.catalog.procedure.ProcedureStatus;
import procedo.catalog.procedure.RecordPart;
import procedo.catalog.usage.UsageSource;

/**
 * The tables of a catalog exchange file, in the order they are written and read: a child row names its procedure
 * by {@code procedure_code}. Values are String, Integer, Long, BigDecimal or LocalDate (dates as yyyy-mm-dd text).
 */
public enum CatalogTable {
    AGENCIES("Agencies", List.of(
            Column.text("code", true, 64), Column.text("name", true, 300), Column.choice("level", true, Level.class))),
    PROCEDURES("Procedures", List.of(
            Column.text("code", true, 64), Column.text("name", true, 1000), Column.text("field", true, 200),
            Column.choice("level", true, Level.class), Column.text("agency_code", true, 64),
            Column.text("locality_code", false, 16), Column.choice("applicant_type", true, ApplicantType.class),
            Column.integer("processing_days", true, 3650), Column.choice("online_level", true, OnlineLevel.class),
            Column.text("legal_basis", false, 4000), Column.text("decision", false, 1000),
            Column.choice("status", true, ProcedureStatus.class), Column.text("former_code", false, 64),
            Column.date("valid_from"), Column.integer("effort_days", false, 100_000),
            Column.count("applicant_population", false), Column.decimal("frequency_per_year", false, 6, "10000"))),
    DOSSIER("Dossier", List.of(
            Column.text("procedure_code", true, 64), Column.integer("seq", true, 10_000),
            Column.text("case_name", false, 500), Column.text("name", true, 1000), Column.integer("originals", true, 100),
            Column.integer("copies", true, 100), Column.choice("copy_kind", true, CopyKind.class),
            Column.text("reusable_from", false, 64), Column.text("form_code", false, 64))),
    FEES("Fees", List.of(
            Column.text("procedure_code", true, 64), Column.integer("seq", true, 10_000),
            Column.choice("channel", true, FeeChannel.class), Column.text("name", true, 500),
            Column.decimal("amount_vnd", true, 2, "1000000000000"))),
    ACTIVITIES("Activities", List.of(
            Column.text("procedure_code", true, 64), Column.choice("scenario", true, Scenario.class),
            Column.integer("seq", true, 10_000), Column.choice("kind", true, ActivityKind.class),
            Column.text("name", true, 500), Column.decimal("hours", true, 4, "10000"),
            Column.decimal("out_of_pocket_vnd", true, 2, "1000000000000"), Column.decimal("share", true, 6, "1"))),
    USAGE("Usage", List.of(
            Column.text("procedure_code", true, 64), Column.text("locality_code", true, 16),
            Column.integer("year", true, 2100), Column.choice("source", true, UsageSource.class),
            Column.count("dossiers_total", true), Column.count("dossiers_online", true),
            Column.count("dossiers_on_time", true), Column.integer("covered_days", false, 366))),
    /** The channels each procedure offers, one row per channel. */
    CHANNELS("Channels", List.of(
            Column.text("procedure_code", true, 64), Column.choice("channel", true, FeeChannel.class))),
    PROCESSING_TIMES("ProcessingTimes", List.of(
            Column.text("procedure_code", true, 64), Column.choice("channel", true, FeeChannel.class),
            Column.integer("working_days", true, 3650))),
    LEGAL_DOCUMENTS("LegalDocuments", List.of(
            Column.text("procedure_code", true, 64), Column.integer("seq", true, 10_000),
            Column.text("number", true, 100), Column.text("title", false, 1000), Column.date("issued_on"))),
    SOURCES("Sources", List.of(
            Column.text("procedure_code", true, 64), Column.choice("part", true, RecordPart.class),
            Column.text("checked_against", true, 2000), Column.date("checked_on")));

    /** The tables a workbook written before they existed lacks: reading it without them reads them empty. */
    private static final java.util.Set<CatalogTable> ADDED_LATER = java.util.EnumSet.of(CHANNELS, PROCESSING_TIMES,
            LEGAL_DOCUMENTS, SOURCES);

    /** The scenario of an activity row. */
    public enum Scenario {
        AS_IS, TO_BE
    }

    private final String sheetName;
    private final List<Column> columns;

    CatalogTable(String sheetName, List<Column> columns) {
        this.sheetName = sheetName;
        this.columns = columns;
    }

    public String sheetName() {
        return sheetName;
    }

    public List<Column> columns() {
        return columns;
    }

    /** Whether a file may lack this table's sheet (it was written before the table existed). */
    public boolean mayBeAbsent() {
        return ADDED_LATER.contains(this);
    }
}
