package procedo.catalog.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import procedo.catalog.cost.Activity;
import procedo.catalog.cost.CostLine;
import procedo.catalog.cost.CostResult;
import procedo.catalog.number.Decimals;
import procedo.catalog.plan.ToBeActivity;

/**
 * The report's tables as CSV files (UTF-8 with a byte-order mark so that spreadsheet programs read Vietnamese,
 * comma-separated, RFC 4180 quoting), streamed: {@code summary.csv}, {@code procedures.csv},
 * {@code by-agency.csv}, {@code by-field.csv}, {@code by-locality.csv} and {@code scm.csv} (one line per SCM line).
 * Numbers are written plain (dot decimals, no grouping); a text that a spreadsheet would take for a formula
 * (starting with = + - @, tab or carriage return) is written with a leading apostrophe.
 */
public final class CsvReportWriter implements ReportSink, AutoCloseable {

    public static final List<String> TABLES = List.of("summary", "procedures", "by-agency", "by-field", "by-locality", "scm");

    private final Map<String, BufferedWriter> writers = new LinkedHashMap<>();

    /** Writes the {@code tables} (names of {@link #TABLES}) into {@code directory}. */
    public CsvReportWriter(Path directory, Set<String> tables) {
        try {
            Files.createDirectories(directory);
            for (String table : TABLES) {
                if (tables.contains(table)) {
                    BufferedWriter w = Files.newBufferedWriter(directory.resolve(table + ".csv"), StandardCharsets.UTF_8);
                    w.write('\uFEFF');
                    writers.put(table, w);
                }
            }
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(e);
        }
        line("procedures", "code", "name", "agency", "field", "locality", "applicant", "monthly_income_vnd",
                "working_days_per_month", "hours_per_day", "tariff_vnd_per_hour", "dossiers_per_year", "volume_source",
                "plan_id", "plan_status", "measures", "before_hours_share", "before_out_of_pocket_share_vnd",
                "before_fees_vnd", "before_cost_per_dossier_vnd", "before_annual_vnd", "after_hours_share",
                "after_out_of_pocket_share_vnd", "after_fees_vnd", "after_cost_per_dossier_vnd", "after_annual_vnd",
                "saving_vnd", "saving_percent");
        for (String rollUp : List.of("by-agency", "by-field", "by-locality")) {
            line(rollUp, "code", "name", "procedures", "with_plan", "before_annual_vnd", "after_annual_vnd",
                    "saving_vnd", "saving_percent");
        }
        line("scm", "code", "scenario", "no", "activity", "kind", "hours", "tariff_vnd_per_hour", "time_cost_vnd",
                "out_of_pocket_vnd", "share", "cost_per_dossier_vnd", "changed_by");
    }

    @Override
    public void row(CostReductionRow r, ScmSheet scm) {
        line("procedures", r.code(), r.name(), r.agencyCode(), r.field(), r.localityCode(), r.applicantType(),
                r.tariff().monthlyIncomeVnd(), r.tariff().workingDaysPerMonth(), r.tariff().hoursPerDay(),
                r.tariffVndPerHour(), r.dossiersPerYear(), r.volumeSource(), r.planId(),
                r.planStatus() == null ? null : r.planStatus().name(), r.measures(),
                r.before().hoursShare(), r.before().outOfPocketShareVnd(), r.before().feesVnd(),
                r.before().costPerDossierVnd(), r.before().annualVnd(),
                r.after().hoursShare(), r.after().outOfPocketShareVnd(), r.after().feesVnd(),
                r.after().costPerDossierVnd(), r.after().annualVnd(), r.saving().savingVnd(), r.saving().savingPercent());
        if (writers.containsKey("scm")) {
            scm(r, "AS_IS", scm.comparison().asIs(), scm.asIs(), null, r.before());
            if (scm.toBe() != null) {
                scm(r, "TO_BE", scm.comparison().toBe(), scm.toBe().plainActivities(), scm.toBe().activities(), r.after());
            } else {
                line("scm", r.code(), "TO_BE", null, "same as AS_IS: no plan counted", null, null, null, null, null,
                        null, r.after().costPerDossierVnd(), null);
            }
        }
    }

    private void scm(CostReductionRow r, String scenario, CostResult result, List<Activity> activities,
                     List<ToBeActivity> changes, ScenarioFigures figures) {
        int no = 0;
        for (CostLine line : result.lines()) {
            if (CostLine.FEES_KIND.equals(line.kind())) {
                line("scm", r.code(), scenario, null, "fees and charges", line.kind(), null, null, null,
                        line.outOfPocketVnd(), BigDecimal.ONE, line.totalVnd(), null);
            } else {
                Activity a = activities.get(no);
                String changedBy = changes == null ? null : String.join("; ", changes.get(no).changedBy());
                no++;
                line("scm", r.code(), scenario, no, line.name(), line.kind(), line.hours(), r.tariffVndPerHour(),
                        line.hours().multiply(r.tariffVndPerHour()), a.outOfPocketVnd(), line.share(), line.totalVnd(),
                        changedBy);
            }
        }
        line("scm", r.code(), scenario, null, "cost per dossier", "TOTAL", null, null, null, null, null,
                figures.costPerDossierVnd(), null);
    }

    @Override
    public void finish(ReportSummary s, List<RollUp> byAgency, List<RollUp> byField, List<RollUp> byLocality) {
        line("summary", "item", "value");
        line("summary", "filter", s.filter());
        line("summary", "generated_at", s.generatedAt().toString());
        line("summary", "procedures", s.procedures());
        line("summary", "with_plan", s.withPlan());
        line("summary", "before_annual_vnd", s.saving().beforeVnd());
        line("summary", "after_annual_vnd", s.saving().afterVnd());
        line("summary", "saving_vnd", s.saving().savingVnd());
        line("summary", "saving_percent", s.saving().savingPercent());
        line("summary", "target_percent", s.targetPercent());
        line("summary", "target_met", s.targetMet());
        rollUps("by-agency", byAgency);
        rollUps("by-field", byField);
        rollUps("by-locality", byLocality);
    }

    private void rollUps(String table, List<RollUp> rows) {
        for (RollUp r : rows) {
            line(table, r.key(), r.name(), r.procedures(), r.withPlan(), r.saving().beforeVnd(), r.saving().afterVnd(),
                    r.saving().savingVnd(), r.saving().savingPercent());
        }
    }

    private void line(String table, Object... values) {
        BufferedWriter w = writers.get(table);
        if (w == null) {
            return;
        }
        List<String> cells = new ArrayList<>(values.length);
        for (Object value : values) {
            cells.add(cell(value));
        }
        try {
            w.write(String.join(",", cells));
            w.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One CSV cell: numbers plain, text quoted when needed and defused when a spreadsheet would evaluate it. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return Decimals.text(d);
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    @Override
    public void close() {
        IOException failure = null;
        for (BufferedWriter w : writers.values()) {
            try {
                w.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw new UncheckedIOException(failure);
        }
    }
}
