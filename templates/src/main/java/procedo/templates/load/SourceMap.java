package procedo.templates.load;

import java.util.HashMap;
import java.util.Map;
import procedo.catalog.error.CellLocation;
import procedo.catalog.error.Problems;
import procedo.catalog.text.Text;

/**
 * Where each element of a parsed package came from, so that a problem found later (a duplicate id, an unknown
 * agency) is reported at its cell. Keys: {@code package}, {@code fee:ID}, {@code component:ID}, {@code form:CODE},
 * {@code field:ID}; the column is a workbook column letter, or a JSON property appended to the element's path.
 */
public final class SourceMap {

    /** The sheet name that JSON problems carry in place of a workbook's sheet. */
    public static final String JSON = "JSON";

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

    /** Whether the package came as JSON (else as a workbook). */
    public boolean isJson() {
        return json;
    }

    /** How the workbook names the column {@code key} of {@code sheet} to a person: its header. */
    public String header(String sheet, String key) {
        return headers.header(sheet, key);
    }

    /**
     * Records a problem of {@code key}'s property {@code property} (a workbook column key or a JSON property name):
     * at its cell in a workbook, at its path in JSON.
     */
    public void report(Problems problems, String key, String property, Text message) {
        Origin origin = origins.get(key);
        if (origin == null) {
            problems.add(property == null ? "" : json ? JSON_NAMES.getOrDefault(property, property) : property,
                    message);
        } else if (json) {
            String name = property == null ? null : JSON_NAMES.getOrDefault(property, property);
            String path = origin.path() == null || origin.path().isEmpty() ? name
                    : name == null ? origin.path() : origin.path() + "." + name;
            problems.add(path == null ? "" : path, message);
        } else {
            problems.at(new CellLocation(origin.sheet(), origin.row(),
                    property == null ? null : origin.columns().get(property), property), message);
        }
    }
}
