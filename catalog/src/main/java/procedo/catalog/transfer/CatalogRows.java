package procedo.catalog.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import procedo.catalog.cost.Activity;
import procedo.catalog.cost.ActivityKind;
import procedo.catalog.locality.Level;
import procedo.catalog.procedure.ApplicantType;
import procedo.catalog.procedure.CopyKind;
import procedo.catalog.procedure.DossierComponent;
import procedo.catalog.procedure.Fee;
import procedo.catalog.procedure.FeeChannel;
import procedo.catalog.procedure.LegalDocument;
import procedo.catalog.procedure.ProcessingTime;
import procedo.catalog.procedure.RecordPart;
import procedo.catalog.procedure.SourceCheck;
import procedo.catalog.procedure.OnlineLevel;
import procedo.catalog.procedure.Procedure;
import procedo.catalog.procedure.ProcedureStatus;

/**
 * Turns the exchange rows of one procedure (its {@link CatalogTable#PROCEDURES} row and its dossier, fee, activity,
 * channel, processing-time, legal-document and source rows, each in its table's column order and in the order they
 * are kept) into the {@link Procedure} record.
 */
public final class CatalogRows {

    private CatalogRows() {
    }

    /** The whole procedure of {@code rows} (its rows by table), at {@code version}. */
    public static Procedure procedure(Map<CatalogTable, List<List<Object>>> rows, int version) {
        List<FeeChannel> channels = rows(rows, CatalogTable.CHANNELS).stream()
                .map(r -> FeeChannel.valueOf((String) r.get(1))).toList();
        List<ProcessingTime> times = rows(rows, CatalogTable.PROCESSING_TIMES).stream()
                .map(r -> new ProcessingTime(FeeChannel.valueOf((String) r.get(1)), (Integer) r.get(2))).toList();
        List<LegalDocument> documents = rows(rows, CatalogTable.LEGAL_DOCUMENTS).stream()
                .map(r -> new LegalDocument((String) r.get(2), (String) r.get(3), day(r.get(4)))).toList();
        List<SourceCheck> sources = rows(rows, CatalogTable.SOURCES).stream()
                .map(r -> new SourceCheck(RecordPart.valueOf((String) r.get(1)), (String) r.get(2), day(r.get(3)))).toList();
        return procedure(rows.get(CatalogTable.PROCEDURES).get(0), rows(rows, CatalogTable.DOSSIER),
                rows(rows, CatalogTable.FEES), rows(rows, CatalogTable.ACTIVITIES), version)
                .withRecordDetails(channels, times, documents, sources);
    }

    private static List<List<Object>> rows(Map<CatalogTable, List<List<Object>>> rows, CatalogTable table) {
        return rows.getOrDefault(table, List.of());
    }

    private static LocalDate day(Object value) {
        return value instanceof String s ? LocalDate.parse(s) : (LocalDate) value;
    }

    /** The procedure of {@code row} with its dossier, fees and activities (no record details), at {@code version}. */
    public static Procedure procedure(List<Object> row, List<List<Object>> dossier, List<List<Object>> fees,
                                      List<List<Object>> activities, int version) {
        List<DossierComponent> components = new ArrayList<>(dossier.size());
        for (List<Object> d : dossier) {
            components.add(new DossierComponent(d.get(2) == null ? "" : (String) d.get(2), (String) d.get(3),
                    (Integer) d.get(4), (Integer) d.get(5), CopyKind.valueOf((String) d.get(6)), (String) d.get(7),
                    (String) d.get(8)));
        }
        List<Fee> feeList = new ArrayList<>(fees.size());
        for (List<Object> f : fees) {
            feeList.add(new Fee(FeeChannel.valueOf((String) f.get(2)), (String) f.get(3), (BigDecimal) f.get(4)));
        }
        List<Activity> asIs = new ArrayList<>();
        List<Activity> toBe = new ArrayList<>();
        for (List<Object> a : activities) {
            Activity activity = new Activity((String) a.get(4), ActivityKind.valueOf((String) a.get(3)),
                    (BigDecimal) a.get(5), (BigDecimal) a.get(6), (BigDecimal) a.get(7));
            (CatalogTable.Scenario.TO_BE.name().equals(a.get(1)) ? toBe : asIs).add(activity);
        }
        return procedure(row, components, feeList, asIs, toBe).withVersion(version);
    }

    /** The procedure of {@code v} (a {@link CatalogTable#PROCEDURES} row) with the given children, at version 1. */
    public static Procedure procedure(List<Object> v, List<DossierComponent> components, List<Fee> fees,
                                      List<Activity> asIs, List<Activity> toBe) {
        Object validFrom = v.get(13);
        return new Procedure((String) v.get(0), (String) v.get(1), (String) v.get(2), Level.valueOf((String) v.get(3)),
                (String) v.get(4), (String) v.get(5), ApplicantType.valueOf((String) v.get(6)), (Integer) v.get(7),
                OnlineLevel.valueOf((String) v.get(8)), (String) v.get(9), (String) v.get(10),
                ProcedureStatus.valueOf((String) v.get(11)), (String) v.get(12),
                validFrom instanceof String s ? LocalDate.parse(s) : (LocalDate) validFrom, (Integer) v.get(14),
                (Long) v.get(15), (BigDecimal) v.get(16), components, fees, asIs, toBe, 1);
    }
}
