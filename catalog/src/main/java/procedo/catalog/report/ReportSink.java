package procedo.catalog.report;

import java.util.List;

/** Receives a report as it is computed: rows one by one (streaming), then the roll-ups and the summary. */
public interface ReportSink {

    /**
     * One procedure's row and the details of its Standard Cost Model calculation sheet.
     */
    void row(CostReductionRow row, ScmSheet scm);

    void finish(ReportSummary summary, List<RollUp> byAgency, List<RollUp> byField, List<RollUp> byLocality);

    /** A sink that hands everything to each of {@code sinks} in turn (one pass, several formats). */
    static ReportSink all(List<ReportSink> sinks) {
        return new ReportSink() {
            @Override
            public void row(CostReductionRow row, ScmSheet scm) {
                sinks.forEach(s -> s.row(row, scm));
            }

            @Override
            public void finish(ReportSummary summary, List<RollUp> byAgency, List<RollUp> byField,
                               List<RollUp> byLocality) {
                sinks.forEach(s -> s.finish(summary, byAgency, byField, byLocality));
            }
        };
    }
}
