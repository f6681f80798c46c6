package procedo.catalog.excel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Codes by the names people know them by (agencies, localities), both ways: the name to write for a code — only
 * when that name leads back to that code alone and is no code itself, else the code — and the codes a written
 * name stands for, matched without regard to case, spaces or how accents are encoded.
 */
final class NameIndex {

    /** Words a locality's name may be written without: "Hà Nội" for "Thành phố Hà Nội". */
    private static final List<String> LOCALITY_KINDS = List.of("thành phố ", "tỉnh ");

    private final Map<String, String> names;
    private final Map<String, List<String>> codes = new HashMap<>();
    /** What {@link #written} gave for each code asked, and the codes {@link #codes} found for each text (bounded). */
    private final Map<String, String> writtenCache = new HashMap<>();
    private final Map<String, List<String>> codesCache = new HashMap<>();
    private static final int CACHED_TEXTS = 10_000;

    private NameIndex(Map<String, String> names, List<String> droppable) {
        this.names = Map.copyOf(names);
        names.forEach((code, name) -> {
            Set<String> keys = new LinkedHashSet<>();
            String key = TableSheet.key(name);
            keys.add(key);
            for (String kind : droppable) {
                if (key.startsWith(kind.toLowerCase(Locale.ROOT))) {
                    keys.add(key.substring(kind.length()));
                }
            }
            keys.forEach(k -> codes.computeIfAbsent(k, x -> new ArrayList<>()).add(code));
        });
        codes.values().forEach(Collections::sort);
    }

    /** Agencies (or anything named by its full name) by code. */
    static NameIndex of(Map<String, String> names) {
        return new NameIndex(names, List.of());
    }

    /** Localities by code; a name may also be written without "Tỉnh" or "Thành phố". */
    static NameIndex ofLocalities(Map<String, String> names) {
        return new NameIndex(names, LOCALITY_KINDS);
    }

    /** What the workbook writes for {@code code}: its name when the name finds it again unambiguously, else the code. */
    String written(String code) {
        return writtenCache.computeIfAbsent(code, this::writtenName);
    }

    private String writtenName(String code) {
        String name = names.get(code);
        if (name == null || names.containsKey(name.trim()) || codes.getOrDefault(TableSheet.key(name), List.of()).size() != 1) {
            return code;
        }
        return name;
    }

    /** The codes of everything named {@code text} (sorted; empty when nothing is). */
    List<String> codes(String text) {
        List<String> found = codesCache.get(text);
        if (found == null) {
            found = codes.getOrDefault(TableSheet.key(text), List.of());
            if (codesCache.size() < CACHED_TEXTS) {
                codesCache.put(text, found);
            }
        }
        return found;
    }
}
