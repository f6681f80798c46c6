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
 * In Vietnamese (the default) the headers are Vietnamese and the cells hold names (agencies, localities, applicant
 * types, statuses, measures); in English the headers are machine-friendly ({@code saving_vnd}) and the cells hold
 * the codes, for scripts. Numbers are written plain (dot decimals, no grouping) in both; a text that a spreadsheet
 * would take for a formula (starting with = + - @, tab or carriage return) is written with a leading apostrophe.
 */
public final class CsvReportWriter implements ReportSink, AutoCloseable {

    public static final List<String> TABLES = List.of("summary", "procedures", "by-agency", "by-field", "by-locality", "scm");

    private static final List<String> PROCEDURES_EN = List.of("code", "name", "agency", "field", "locality", "applicant",
            "monthly_income_vnd", "working_days_per_month", "hours_per_day", "tariff_vnd_per_hour", "dossiers_per_year",
            "volume_source", "plan_id", "plan_status", "measures", "before_hours_share", "before_out_of_pocket_share_vnd",
            "before_fees_vnd", "before_cost_per_dossier_vnd", "before_annual_vnd", "after_hours_share",
            "after_out_of_pocket_share_vnd", "after_fees_vnd", "after_cost_per_dossier_vnd", "after_annual_vnd",
            "saving_vnd", "saving_percent");
    private static final List<String> PROCEDURES_VI = List.of("Mã TTHC", "Tên thủ tục hành chính", "Cơ quan thực hiện",
            "Lĩnh vực", "Địa phương", "Đối tượng thực hiện", "Thu nhập bình quân tháng (đồng)", "Số ngày làm việc/tháng",
            "Số giờ làm việc/ngày", "Chi phí 1 giờ (đồng/giờ)", "Số hồ sơ/năm", "Nguồn số hồ sơ", "Số phương án",
            "Trạng thái phương án", "Biện pháp đơn giản hóa", "Trước: Σ số giờ × tỷ lệ",
            "Trước: Σ chi phí bằng tiền × tỷ lệ (đồng)", "Trước: phí, lệ phí (đồng)", "Trước: chi phí/hồ sơ (đồng)",
            "Chi phí tuân thủ trước cắt giảm (đồng/năm)", "Sau: Σ số giờ × tỷ lệ",
            "Sau: Σ chi phí bằng tiền × tỷ lệ (đồng)", "Sau: phí, lệ phí (đồng)", "Sau: chi phí/hồ sơ (đồng)",
            "Chi phí tuân thủ sau cắt giảm (đồng/năm)", "Chi phí cắt giảm (đồng/năm)", "Tỷ lệ cắt giảm (%)");
    private static final List<String> ROLL_UP_EN = List.of("code", "name", "procedures", "with_plan",
            "before_annual_vnd", "after_annual_vnd", "saving_vnd", "saving_percent");
    private static final List<String> SCM_EN = List.of("code", "scenario", "no", "activity", "kind", "hours",
            "tariff_vnd_per_hour", "time_cost_vnd", "out_of_pocket_vnd", "share", "cost_per_dossier_vnd", "changed_by");
    private static final List<String> SCM_VI = List.of("Mã TTHC", "Kịch bản", "STT", "Hoạt động", "Loại hoạt động",
            "Số giờ", "Chi phí 1 giờ (đồng/giờ)", "Chi phí thời gian (đồng)", "Chi phí bằng tiền (đồng)", "Tỷ lệ",
            "Chi phí/hồ sơ (đồng)", "Biện pháp thay đổi");

    private final Map<String, BufferedWriter> writers = new LinkedHashMap<>();
    private final ReportWording words;
    private final boolean english;

    /** Writes the {@code tables} (names of {@link #TABLES}) into {@code directory}, in {@code language}. */
    public CsvReportWriter(Path directory, Set<String> tables, ReportLanguage language) {
        words = new ReportWording(language);
        english = language == ReportLanguage.ENGLISH;
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
        line("procedures", (english ? PROCEDURES_EN : PROCEDURES_VI).toArray());
        line("by-agency", rollUpHeader("Cơ quan thực hiện").toArray());
        line("by-field", rollUpHeader("Lĩnh vực").toArray());
        line("by-locality", rollUpHeader("Địa phương").toArray());
        line("scm", (english ? SCM_EN : SCM_VI).toArray());
    }

    private List<String> rollUpHeader(String what) {
        return english ? ROLL_UP_EN : List.of("STT", what, "Số thủ tục", "Số thủ tục có phương án",
                "Chi phí tuân thủ trước cắt giảm (đồng/năm)", "Chi phí tuân thủ sau cắt giảm (đồng/năm)",
                "Chi phí cắt giảm (đồng/năm)", "Tỷ lệ cắt giảm (%)");
    }

    @Override
    public void row(CostReductionRow r, ScmSheet scm) {
        line("procedures", r.code(), r.name(), english ? r.agencyCode() : r.agencyName(), r.field(),
                english ? r.localityCode() : words.locality(r.localityCode(), r.localityName()),
                english ? r.applicantType().name() : words.applicant(r.applicantType()),
                r.tariff().monthlyIncomeVnd(), r.tariff().workingDaysPerMonth(), r.tariff().hoursPerDay(),
                r.tariffVndPerHour(), r.dossiersPerYear(), words.volumeSource(r.volumeSource()), r.planId(),
                r.planStatus() == null ? null : english ? r.planStatus().name() : words.planStatus(r.planStatus()),
                words.measures(r.measures()),
                r.before().hoursShare(), r.before().outOfPocketShareVnd(), r.before().feesVnd(),
                r.before().costPerDossierVnd(), r.before().annualVnd(),
                r.after().hoursShare(), r.after().outOfPocketShareVnd(), r.after().feesVnd(),
                r.after().costPerDossierVnd(), r.after().annualVnd(), r.saving().savingVnd(), r.saving().savingPercent());
        if (writers.containsKey("scm")) {
            String asIs = english ? "AS_IS" : "Hiện tại";
            String toBe = english ? "TO_BE" : "Sau đơn giản hóa";
            scm(r, asIs, scm.comparison().asIs(), scm.asIs(), null, r.before());
            if (scm.toBe() != null) {
                scm(r, toBe, scm.comparison().toBe(), scm.toBe().plainActivities(), scm.toBe().activities(), r.after());
            } else {
                line("scm", r.code(), toBe, null, words.text("Như hiện tại: không có phương án được tính",
                        "same as AS_IS: no plan counted"), null, null, null, null, null, null,
                        r.after().costPerDossierVnd(), null);
            }
        }
    }

    private void scm(CostReductionRow r, String scenario, CostResult result, List<Activity> activities,
                     List<ToBeActivity> changes, ScenarioFigures figures) {
        int no = 0;
        for (CostLine line : result.lines()) {
            String kind = english ? line.kind() : words.kind(line.kind());
            if (CostLine.FEES_KIND.equals(line.kind())) {
                line("scm", r.code(), scenario, null, words.text("Phí, lệ phí", "fees and charges"), kind, null, null,
                        null, line.outOfPocketVnd(), BigDecimal.ONE, line.totalVnd(), null);
            } else {
                Activity a = activities.get(no);
                String changedBy = changes == null ? null : english ? String.join("; ", changes.get(no).changedBy())
                        : words.changedBy(changes.get(no).changedBy(), r.measures());
                no++;
                line("scm", r.code(), scenario, no, line.name(), kind, line.hours(), r.tariffVndPerHour(),
                        line.hours().multiply(r.tariffVndPerHour()), a.outOfPocketVnd(), line.share(), line.totalVnd(),
                        changedBy);
            }
        }
        line("scm", r.code(), scenario, null, words.text("Tổng chi phí/hồ sơ", "cost per dossier"),
                words.text("Tổng", "TOTAL"), null, null, null, null, null, figures.costPerDossierVnd(), null);
    }

    @Override
    public void finish(ReportSummary s, List<RollUp> byAgency, List<RollUp> byField, List<RollUp> byLocality) {
        if (english) {
            line("summary", "item", "value");
            line("summary", "filter", s.filter().describe());
            line("summary", "generated_at", s.generatedAt().toString());
            line("summary", "procedures", s.procedures());
            line("summary", "with_plan", s.withPlan());
            line("summary", "before_annual_vnd", s.saving().beforeVnd());
            line("summary", "after_annual_vnd", s.saving().afterVnd());
            line("summary", "saving_vnd", s.saving().savingVnd());
            line("summary", "saving_percent", s.saving().savingPercent());
            line("summary", "target_percent", s.targetPercent());
            line("summary", "target_met", s.targetMet());
        } else {
            line("summary", "Chỉ tiêu", "Giá trị");
            line("summary", "Phạm vi", words.filter(s.filter(), s.filterNames()));
            line("summary", "Lập lúc (giờ Việt Nam)", ReportWording.dateTime(s.generatedAt()));
            line("summary", "Số thủ tục", s.procedures());
            line("summary", "Số thủ tục có phương án được tính", s.withPlan());
            line("summary", "Chi phí tuân thủ trước cắt giảm (đồng/năm)", s.saving().beforeVnd());
            line("summary", "Chi phí tuân thủ sau cắt giảm (đồng/năm)", s.saving().afterVnd());
            line("summary", "Chi phí cắt giảm (đồng/năm)", s.saving().savingVnd());
            line("summary", "Tỷ lệ cắt giảm (%)", s.saving().savingPercent());
            line("summary", "Mục tiêu cắt giảm tối thiểu (%)", s.targetPercent());
            line("summary", "So với mục tiêu", words.target(s.saving().savingPercent(), s.targetPercent()));
        }
        rollUps("by-agency", byAgency);
        rollUps("by-field", byField);
        rollUps("by-locality", byLocality);
    }

    /** A roll-up's lines: by code in English, numbered (STT) in Vietnamese, where the name says what it is. */
    private void rollUps(String table, List<RollUp> rows) {
        int no = 0;
        for (RollUp r : rows) {
            no++;
            line(table, english ? r.key() : no, r.name(), r.procedures(), r.withPlan(), r.saving().beforeVnd(), r.saving().afterVnd(),
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
