package procedo.modeler.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Seeded mutations of valid files for the import fuzz test: byte flips, truncations, and — inside XML (a BPMN model,
 * or the parts of a workbook's zip) — a duplicated element or attribute, deep nesting, huge numbers and cells of
 * another type. The same seed gives the same mutation; {@link Mutation#name()} says which one was made.
 */
final class Mutator {

    /** A mutated file and what was done to it. */
    record Mutation(String name, byte[] bytes) {
    }

    private static final Pattern ELEMENT = Pattern.compile("<([A-Za-z][\\w.:-]*)(\\s[^<>]*?)?(/>|>[^<]*</\\1>)");
    private static final Pattern START_TAG = Pattern.compile("<([A-Za-z][\\w.:-]*)(\\s[^<>]*?)(/?>)");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s([\\w:-]+)=\"[^\"]*\"");
    private static final Pattern NUMBER = Pattern.compile("(?<=[\">])-?\\d+(\\.\\d+)?(?=[\"<])");
    private static final Pattern CELL_TYPE = Pattern.compile("<c r=\"[A-Z]+\\d+\"( s=\"\\d+\")?( t=\"\\w+\")?");
    private static final String[] CELL_TYPES = {"s", "n", "b", "e", "str", "inlineStr", "d"};
    private static final String[] HUGE = {"1e309", "-1e309", "99999999999999999999999999999999", "NaN",
            "-0", "4294967296", "9223372036854775808", "0.0000000000000000000000001", "1E+400"};

    private Mutator() {
    }

    /** A mutation of an XML document. */
    static Mutation xml(byte[] valid, Random random) {
        String text = new String(valid, StandardCharsets.UTF_8);
        return switch (random.nextInt(9)) {
            case 0 -> new Mutation("byte flips", flip(valid, random));
            case 1 -> new Mutation("truncation", truncate(valid, random));
            case 2 -> new Mutation("duplicated element", bytes(duplicateElement(text, random)));
            case 3 -> new Mutation("duplicated attribute", bytes(duplicateAttribute(text, random)));
            case 4 -> new Mutation("deep nesting", bytes(nest(text, random)));
            case 5 -> new Mutation("huge number", bytes(hugeNumber(text, random)));
            case 6 -> new Mutation("removed element", bytes(removeElement(text, random)));
            case 7 -> new Mutation("random text", bytes(randomText(text, random)));
            default -> new Mutation("several", bytes(hugeNumber(duplicateElement(duplicateAttribute(text, random),
                    random), random)));
        };
    }

    /** A mutation of a text file such as JSON: the XML mutations apply to its punctuation and numbers alike. */
    static Mutation xmlOrJson(byte[] valid, Random random) {
        String text = new String(valid, StandardCharsets.UTF_8);
        return switch (random.nextInt(6)) {
            case 0 -> new Mutation("byte flips", flip(valid, random));
            case 1 -> new Mutation("truncation", truncate(valid, random));
            case 2 -> new Mutation("huge number", bytes(text.replaceFirst("(?<=: )\\d+", HUGE[random.nextInt(HUGE.length)])));
            case 3 -> new Mutation("deep nesting", bytes(jsonNest(text, random)));
            case 4 -> new Mutation("duplicated member", bytes(jsonDuplicate(text, random)));
            default -> new Mutation("random text", bytes(randomText(text, random)));
        };
    }

    private static String jsonNest(String text, Random random) {
        int at = text.indexOf(':', random.nextInt(text.length()));
        if (at < 0) {
            return text;
        }
        int depth = random.nextInt(3) == 0 ? 5_000 + random.nextInt(50_000) : 1 + random.nextInt(50);
        return text.substring(0, at + 1) + "[".repeat(depth) + "1" + "]".repeat(depth) + ","
                + "\"x\":" + text.substring(at + 1);
    }

    private static String jsonDuplicate(String text, Random random) {
        Matcher member = Pattern.compile("\"\\w+\": (\"[^\"]*\"|\\d+|true|false|null)").matcher(text);
        List<int[]> found = new ArrayList<>();
        while (member.find()) {
            found.add(new int[] {member.start(), member.end()});
        }
        if (found.isEmpty()) {
            return text;
        }
        int[] m = found.get(random.nextInt(found.size()));
        return text.substring(0, m[1]) + ", " + text.substring(m[0], m[1]) + text.substring(m[1]);
    }

    /** A mutation of a workbook: of its zip's bytes, or of one XML part inside it (cell types among them). */
    static Mutation workbook(byte[] valid, Random random) {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return new Mutation("byte flips", flip(valid, random));
        }
        if (kind == 1) {
            return new Mutation("truncation", truncate(valid, random));
        }
        Map<String, byte[]> parts = unzip(valid);
        List<String> xmlParts = parts.keySet().stream().filter(n -> n.endsWith(".xml")).toList();
        List<String> sheets = xmlParts.stream().filter(n -> n.contains("worksheets/") || n.contains("sharedStrings"))
                .toList();
        String part = (kind <= 5 && !sheets.isEmpty() ? sheets : xmlParts).get(random.nextInt(
                (kind <= 5 && !sheets.isEmpty() ? sheets : xmlParts).size()));
        String text = new String(parts.get(part), StandardCharsets.UTF_8);
        Mutation inner = kind <= 4 ? new Mutation("cell type", bytes(cellType(text, random))) : xml(parts.get(part), random);
        parts.put(part, inner.bytes());
        return new Mutation(inner.name() + " in " + part, zip(parts));
    }

    private static byte[] flip(byte[] valid, Random random) {
        byte[] out = valid.clone();
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips; i++) {
            out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return out;
    }

    private static byte[] truncate(byte[] valid, Random random) {
        return java.util.Arrays.copyOf(valid, random.nextInt(valid.length));
    }

    private static String duplicateElement(String text, Random random) {
        MatchResult m = pick(ELEMENT.matcher(text), random);
        if (m == null) {
            return text;
        }
        String element = text.substring(m.start, m.end);
        int copies = 1 + random.nextInt(random.nextInt(10) == 0 ? 2000 : 3);
        return text.substring(0, m.end) + element.repeat(copies) + text.substring(m.end);
    }

    private static String duplicateAttribute(String text, Random random) {
        MatchResult tag = pick(START_TAG.matcher(text), random);
        if (tag == null) {
            return text;
        }
        String start = text.substring(tag.start, tag.end);
        Matcher attribute = ATTRIBUTE.matcher(start);
        if (!attribute.find()) {
            return text;
        }
        int at = start.lastIndexOf('>') - (start.endsWith("/>") ? 1 : 0);
        return text.substring(0, tag.start) + start.substring(0, at) + attribute.group() + start.substring(at)
                + text.substring(tag.end);
    }

    private static String nest(String text, Random random) {
        MatchResult m = pick(ELEMENT.matcher(text), random);
        if (m == null) {
            return text;
        }
        String name = text.substring(m.start + 1, m.start + 1 + m.group1Length);
        int depth = random.nextInt(3) == 0 ? 5_000 + random.nextInt(20_000) : 1 + random.nextInt(300);
        return text.substring(0, m.start) + ("<" + name + ">").repeat(depth) + text.substring(m.start, m.end)
                + ("</" + name + ">").repeat(depth) + text.substring(m.end);
    }

    private static String hugeNumber(String text, Random random) {
        MatchResult m = pick(NUMBER.matcher(text), random);
        if (m == null) {
            return text;
        }
        return text.substring(0, m.start) + HUGE[random.nextInt(HUGE.length)] + text.substring(m.end);
    }

    private static String removeElement(String text, Random random) {
        MatchResult m = pick(ELEMENT.matcher(text), random);
        return m == null ? text : text.substring(0, m.start) + text.substring(m.end);
    }

    private static String randomText(String text, Random random) {
        int at = random.nextInt(text.length());
        String[] junk = {"<", ">", "&", "&amp;", "\"", "'", "]]>", "<![CDATA[", "\u0000", "\uFFFF", "&#0;",
                "<x:y xmlns:x=\"urn:x\"/>", "=\"\"", "\uD800"};
        return text.substring(0, at) + junk[random.nextInt(junk.length)] + text.substring(at);
    }

    private static String cellType(String text, Random random) {
        MatchResult m = pick(CELL_TYPE.matcher(text), random);
        if (m == null) {
            return text;
        }
        String cell = text.substring(m.start, m.end).replaceAll(" t=\"\\w+\"", "");
        String replaced = switch (random.nextInt(3)) {
            case 0 -> cell + " t=\"" + CELL_TYPES[random.nextInt(CELL_TYPES.length)] + "\"";
            case 1 -> cell + " t=\"str\"><f>1/0</f><v>#DIV/0!</v></c><c r=\"ZZ1\"";
            default -> cell + " t=\"inlineStr\"><is><t>" + "Đ".repeat(1 + random.nextInt(40_000))
                    + "</t></is></c><c r=\"ZZ2\"";
        };
        return text.substring(0, m.start) + replaced + text.substring(m.end);
    }

    /** Where a match is, and the length of its first group. */
    private record MatchResult(int start, int end, int group1Length) {
    }

    private static MatchResult pick(Matcher matcher, Random random) {
        List<MatchResult> found = new ArrayList<>();
        while (matcher.find() && found.size() < 5_000) {
            found.add(new MatchResult(matcher.start(), matcher.end(),
                    matcher.groupCount() >= 1 && matcher.group(1) != null ? matcher.group(1).length() : 0));
        }
        return found.isEmpty() ? null : found.get(random.nextInt(found.size()));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("procedo-fuzz", ".zip");
            try {
                java.nio.file.Files.write(file, zip);
                try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(file.toFile())) {
                    for (ZipEntry e : java.util.Collections.list(in.entries())) {
                        try (var content = in.getInputStream(e)) {
                            parts.put(e.getName(), content.readAllBytes());
                        }
                    }
                }
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    static byte[] zip(Map<String, byte[]> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (var part : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(part.getKey()));
                out.write(part.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
