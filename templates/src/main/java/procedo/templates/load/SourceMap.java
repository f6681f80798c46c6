package procedo.templates.load;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each element of a parsed package came from, so that a problem found later (a duplicate id, an unknown
 * agency) is reported at its cell. Keys: {@code package}, {@code fee:ID}, {@code component:ID}, {@code form:CODE},
 * {@code field:ID}; the column is a workbook column letter, or a JSON property appended to the element's path.
 */
public final class SourceMap {

    /** Where one element starts: its sheet and row, or its JSON path; and how its columns are named. */
    public record Origin(String sheet, Integer row, String path, Map<String, String> columns) {
    }

    private static final Map<String, String> JSON_NAMES = Map.ofEntries(
            Map.entry("fee_id", "id"), Map.entry("component_id", "id"), Map.entry("field_id", "id"),
            Map.entry("form_code", "code"), Map.entry("title_vi", "title"), Map.entry("label_vi", "label"),
            Map.entry("min_length", "minLength"), Map.entry("max_length", "maxLength"),
            Map.entry("amount_vnd", "amountVnd"), Map.entry("processing_days", "processingDays"),
            Map.entry("agency_code", "agencyCode"), Map.entry("reuse_from", "reuseFrom"));

    /** How a workbook names a column to a person: by sheet and column key, its header. */
    public interface Headers {
        String header(String sheet, String key);
    }

    private final Map<String, Origin> origins = new HashMap<>();
    private final boolean json;
    private final Headers headers;

    private SourceMap(boolean json, Headers headers) {
        this.json = json;
        this.headers = headers;
    }

    public static SourceMap forWorkbook() {
        return new SourceMap(false, (sheet, key) -> key);
    }

    /** For a workbook whose problems name a column by its header. */
    public static SourceMap forWorkbook(Headers headers) {
        return new SourceMap(false, headers);
    }

    public static SourceMap forJson() {
        return new SourceMap(true, (sheet, key) -> key);
    }

    private final Map<String, Integer> counts = new HashMap<>();

    /** Records where the next occurrence of {@code key} is; the n-th occurrence (n > 1) is {@code key#n}. */
    public void put(String key, Origin origin) {
        int n = counts.merge(key, 1, Integer::sum);
        origins.put(n == 1 ? key : key + "#" + n, origin);
    }

    /** The key of the n-th occurrence (1-based) of {@code key}. */
    public static String occurrence(String key, int n) {
        return n <= 1 ? key : key + "#" + n;
    }

    /** A problem of {@code key}'s property {@code property} (a workbook header or a JSON property name). */
    public ImportError error(String key, String property, String message) {
        Origin origin = origins.get(key);
        if (origin == null) {
            return new ImportError(json ? "JSON" : null, null, property, message);
        }
        if (json) {
            property = property == null ? null : JSON_NAMES.getOrDefault(property, property);
            String path = origin.path() == null || origin.path().isEmpty() ? property
                    : property == null ? origin.path() : origin.path() + "." + property;
            return new ImportError("JSON", null, path, message);
        }
        String column = property == null ? null : origin.columns().get(property);
        String label = property == null ? "" : headers.header(origin.sheet(), property) + ": ";
        return new ImportError(origin.sheet(), origin.row(), column, label + message);
    }
}
