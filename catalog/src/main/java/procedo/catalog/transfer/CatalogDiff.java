package procedo.catalog.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import procedo.catalog.number.Decimals;
import procedo.catalog.text.Text;
import procedo.catalog.usage.UsageSource;

/**
 * Compares a procedure's rows as the catalog stores them with its rows as a workbook gives them, value by value:
 * the record's fields, its dossier components, fees, activities, channels, processing times, legal documents and
 * sources by position (in the order they are kept), and its usage figures by locality, year and source (a figure the workbook does not list is kept, so it is no
 * change). Text left empty and no text are the same, and so are numbers that differ only in trailing zeros.
 */
public final class CatalogDiff {

    /** The path prefix of usage figures. */
    static final String USAGE = "usage[";

    private static final Comparator<List<Object>> BY_SEQ = Comparator.comparing(r -> (Integer) r.get(1));
    private static final Comparator<List<Object>> BY_SCENARIO_SEQ = Comparator.<List<Object>, String>comparing(r -> (String) r.get(1))
            .thenComparing(r -> (Integer) r.get(2));

    private CatalogDiff() {
    }

    /** {@code rows} of {@code table} of one procedure in the order the catalog keeps them (stable). */
    public static List<List<Object>> inStoredOrder(CatalogTable table, List<List<Object>> rows) {
        List<List<Object>> sorted = new ArrayList<>(rows);
        switch (table) {
            case DOSSIER, FEES, LEGAL_DOCUMENTS -> sorted.sort(BY_SEQ);
            case ACTIVITIES -> sorted.sort(BY_SCENARIO_SEQ);
            default -> { }
        }
        return sorted;
    }

    /**
     * The changes from {@code stored} to {@code workbook} (rows by table, each in stored order), empty when they hold
     * the same values.
     *
     * @param localityNames the localities' names by code, to label usage figures
     */
    public static List<FieldChange> changes(Map<CatalogTable, List<List<Object>>> stored,
                                            Map<CatalogTable, List<List<Object>>> workbook, Map<String, String> localityNames) {
        List<FieldChange> changes = new ArrayList<>();
        List<Column> columns = CatalogTable.PROCEDURES.columns();
        List<Object> before = rows(stored, CatalogTable.PROCEDURES).get(0);
        List<Object> after = rows(workbook, CatalogTable.PROCEDURES).get(0);
        for (int i = 1; i < columns.size(); i++) {
            String field = camel(columns.get(i).name());
            compare(changes, field, Text.of("catalog.field." + field), before.get(i), after.get(i));
        }
        list(changes, "dossierComponents", CatalogTable.DOSSIER, 2, rows(stored, CatalogTable.DOSSIER),
                rows(workbook, CatalogTable.DOSSIER), 3);
        list(changes, "fees", CatalogTable.FEES, 2, rows(stored, CatalogTable.FEES), rows(workbook, CatalogTable.FEES), 3);
        for (CatalogTable.Scenario scenario : CatalogTable.Scenario.values()) {
            String list = scenario == CatalogTable.Scenario.AS_IS ? "asIsActivities" : "toBeActivities";
            list(changes, list, CatalogTable.ACTIVITIES, 3, scenario(rows(stored, CatalogTable.ACTIVITIES), scenario),
                    scenario(rows(workbook, CatalogTable.ACTIVITIES), scenario), 4);
        }
        List<List<Object>> channelsBefore = rows(stored, CatalogTable.CHANNELS);
        List<List<Object>> channelsAfter = rows(workbook, CatalogTable.CHANNELS);
        for (int i = 0; i < Math.max(channelsBefore.size(), channelsAfter.size()); i++) {
            compare(changes, "channels[" + i + "]", Text.of("catalog.field.channels[]", i + 1),
                    i < channelsBefore.size() ? channelsBefore.get(i).get(1) : null,
                    i < channelsAfter.size() ? channelsAfter.get(i).get(1) : null);
        }
        list(changes, "processingTimes", CatalogTable.PROCESSING_TIMES, 1, rows(stored, CatalogTable.PROCESSING_TIMES),
                rows(workbook, CatalogTable.PROCESSING_TIMES), 1);
        list(changes, "legalDocuments", CatalogTable.LEGAL_DOCUMENTS, 2, rows(stored, CatalogTable.LEGAL_DOCUMENTS),
                rows(workbook, CatalogTable.LEGAL_DOCUMENTS), 2);
        list(changes, "sources", CatalogTable.SOURCES, 1, rows(stored, CatalogTable.SOURCES),
                rows(workbook, CatalogTable.SOURCES), 2);
        usage(changes, rows(stored, CatalogTable.USAGE), rows(workbook, CatalogTable.USAGE), localityNames);
        return changes;
    }

    private static List<List<Object>> rows(Map<CatalogTable, List<List<Object>>> rows, CatalogTable table) {
        return rows.getOrDefault(table, List.of());
    }

    private static List<List<Object>> scenario(List<List<Object>> rows, CatalogTable.Scenario scenario) {
        return rows.stream().filter(r -> scenario.name().equals(r.get(1))).toList();
    }

    /**
     * The elements of a list compared by position from column {@code first} on; an element only one side has is
     * one change, named by its {@code name} column.
     */
    private static void list(List<FieldChange> changes, String list, CatalogTable table, int first,
                             List<List<Object>> before, List<List<Object>> after, int name) {
        List<Column> columns = table.columns();
        for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
            String at = list + "[" + i + "]";
            if (i >= before.size() || i >= after.size()) {
                changes.add(new FieldChange(at, Text.of("catalog.field." + list + "[]", i + 1),
                        i < before.size() ? before.get(i).get(name) : null, i < after.size() ? after.get(i).get(name) : null));
                continue;
            }
            for (int c = first; c < columns.size(); c++) {
                String field = field(columns.get(c).name());
                compare(changes, at + "." + field, Text.of("catalog.field." + list + "[]." + field, i + 1),
                        before.get(i).get(c), after.get(i).get(c));
            }
        }
    }

    private static void usage(List<FieldChange> changes, List<List<Object>> before, List<List<Object>> after,
                              Map<String, String> localityNames) {
        Map<String, List<Object>> stored = new LinkedHashMap<>();
        before.forEach(r -> stored.put(key(r), r));
        List<Column> columns = CatalogTable.USAGE.columns();
        for (List<Object> row : after) {
            String at = USAGE + key(row) + "]";
            String locality = localityNames.getOrDefault((String) row.get(1), (String) row.get(1));
            UsageSource source = UsageSource.valueOf((String) row.get(3));
            List<Object> old = stored.get(key(row));
            if (old == null) {
                changes.add(new FieldChange(at, Text.of("catalog.import.usageRow", locality, row.get(2), source), null, row.get(4)));
                continue;
            }
            for (int c = 4; c < columns.size(); c++) {
                String field = camel(columns.get(c).name());
                compare(changes, at + "." + field, Text.of("catalog.import.usageFigure", locality, row.get(2), source,
                        Text.of("catalog.import.usage." + field)), old.get(c), row.get(c));
            }
        }
    }

    private static String key(List<Object> usage) {
        return usage.get(1) + "/" + usage.get(2) + "/" + usage.get(3);
    }

    private static void compare(List<FieldChange> changes, String field, Text label, Object before, Object after) {
        Object b = normal(before);
        Object a = normal(after);
        if (!Objects.equals(b, a)) {
            changes.add(new FieldChange(field, label, shown(b), shown(a)));
        }
    }

    /** A value in the form two equal values share: no text for empty text, whole numbers as Long, ISO dates. */
    private static Object normal(Object v) {
        if (v instanceof String s) {
            return s.isEmpty() ? null : s;
        }
        if (v instanceof BigDecimal d) {
            return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short) {
            return ((Number) v).longValue();
        }
        if (v instanceof LocalDate date) {
            return date.toString();
        }
        return v;
    }

    private static Object shown(Object v) {
        return v instanceof BigDecimal d ? Decimals.plain(d) : v;
    }

    /** The field a column holds as the record names it: {@code working_days} → {@code workingDays}. */
    private static String field(String column) {
        // a source's text is the record's "source", the column says what it is checked against
        return column.equals("checked_against") ? "source" : camel(column);
    }

    /** {@code processing_days} → {@code processingDays}. */
    static String camel(String column) {
        StringBuilder out = new StringBuilder(column.length());
        boolean upper = false;
        for (char ch : column.toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return out.toString();
    }
}
