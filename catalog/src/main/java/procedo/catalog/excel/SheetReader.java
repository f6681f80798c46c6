package procedo.catalog.excel;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import procedo.catalog.number.Decimals;

/**
 * Reads an uploaded XLSX workbook row by row, the one way every import of Procedo reads one: streaming (200 rows
 * of a sheet in memory, whatever its size), guarded against hostile files (POI's inflate-ratio check against zip
 * bombs and a bound on every part's expanded size), and never evaluating anything: a cell is read as what it
 * holds, a formula as its formula text. Each import keeps its own rules (which sheets, which columns, how a
 * problem is worded); this class gives them the cells and says why a file could not be read.
 *
 * <p>POI's zip limits are JVM-wide, so they are set once, when this class loads: the inflate ratio of
 * {@link #MIN_INFLATE_RATIO} and an expanded size of {@link #MAX_ENTRY_BYTES} per part, the largest any import
 * accepts. Each open then checks the expanded sizes that the file's zip directory declares against the caller's
 * own, smaller bound before anything is streamed, so imports running at once never see each other's limit.
 */
public final class SheetReader implements AutoCloseable {

    /** The smallest compressed-to-expanded ratio accepted for a part of the workbook (POI's zip-bomb check). */
    public static final double MIN_INFLATE_RATIO = 0.01;
    /**
     * The largest expanded part of any workbook, enforced by POI on the bytes actually inflated: 4 GiB − 1 (POI's
     * own default), far above the ≈ 600 MiB sheet of a 100,000-procedure catalog workbook.
     */
    public static final long MAX_ENTRY_BYTES = 0xFFFFFFFFL;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private final Workbook workbook;
    private final Optional<Path> copy;

    private SheetReader(Workbook workbook, Optional<Path> copy) {
        this.workbook = workbook;
        this.copy = copy;
    }

    /** Opens a workbook file whose parts may expand to {@code maxEntryBytes} each (at most {@link #MAX_ENTRY_BYTES}). */
    public static SheetReader open(Path file, long maxEntryBytes) throws IOException {
        checkEntries(file, maxEntryBytes);
        checkNesting(file);
        return new SheetReader(builder().open(file.toFile()), Optional.empty());
    }

    /**
     * Opens a workbook from a stream whose parts may expand to {@code maxEntryBytes} each; the stream is copied to
     * a temporary file (as the streaming reader itself would), removed on {@link #close()}.
     */
    public static SheetReader open(InputStream in, long maxEntryBytes) throws IOException {
        Path copy = Files.createTempFile("procedo-workbook-", ".xlsx");
        try {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            checkEntries(copy, maxEntryBytes);
            checkNesting(copy);
            return new SheetReader(builder().open(copy.toFile()), Optional.of(copy));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
    }

    /**
     * Refuses a part whose declared expanded size exceeds {@code maxEntryBytes}, unless it also looks like a zip
     * bomb, which POI's ratio check names while reading. A part that lies about its size is still stopped by POI at
     * {@link #MAX_ENTRY_BYTES}.
     */
    private static void checkEntries(Path file, long maxEntryBytes) throws IOException {
        if (maxEntryBytes >= MAX_ENTRY_BYTES) {
            return;
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                long size = entry.getSize();
                boolean bomb = entry.getCompressedSize() >= 0 && entry.getCompressedSize() < size * MIN_INFLATE_RATIO;
                if (size > maxEntryBytes && !bomb) {
                    throw new EntryTooLargeException(entry.getName(), size, maxEntryBytes);
                }
            }
        } catch (java.util.zip.ZipException e) {
            // not a zip file: the streaming reader says why in its own words
        }
    }

    /**
     * The deepest nesting of elements accepted in a workbook's XML parts other than its sheets. Real parts nest a
     * handful of levels; POI reads some of them (the document properties among them) recursively, and a part nested
     * thousands deep would keep it busy for minutes or overflow its stack.
     */
    public static final int MAX_PART_DEPTH = 100;

    /**
     * Refuses a workbook one of whose XML parts (but the sheets, which the streaming reader reads without
     * recursion) nests elements deeper than {@link #MAX_PART_DEPTH}, read with a streaming parser that resolves
     * no DTD or entity.
     */
    private static void checkNesting(Path file) throws IOException {
        javax.xml.stream.XMLInputFactory factory = javax.xml.stream.XMLInputFactory.newFactory();
        factory.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String name = entry.getName();
                if (!(name.endsWith(".xml") || name.endsWith(".rels")) || name.startsWith("xl/worksheets/")) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    javax.xml.stream.XMLStreamReader xml = factory.createXMLStreamReader(in);
                    int depth = 0;
                    while (xml.hasNext()) {
                        int event = xml.next();
                        if (event == javax.xml.stream.XMLStreamConstants.START_ELEMENT && ++depth > MAX_PART_DEPTH) {
                            throw new NestedTooDeepException(name, xml.getLocalName());
                        } else if (event == javax.xml.stream.XMLStreamConstants.END_ELEMENT) {
                            depth--;
                        }
                    }
                } catch (javax.xml.stream.XMLStreamException e) {
                    // not well-formed: the reader says so in its own words
                }
            }
        } catch (java.util.zip.ZipException e) {
            // not a zip file: the streaming reader says why in its own words
        }
    }

    /** An XML part of the workbook nests its elements too deep to be read safely. */
    static final class NestedTooDeepException extends IOException {
        private final String part;

        NestedTooDeepException(String entry, String element) {
            super("the part " + entry + " of the workbook nests elements more than " + MAX_PART_DEPTH
                    + " levels deep (at element " + element + ")");
            this.part = entry;
        }
    }

    /** A part of the workbook expands beyond the bound its import allows. */
    static final class EntryTooLargeException extends IOException {
        EntryTooLargeException(String entry, long size, long max) {
            super("Zip entry " + entry + " expands to " + size + " bytes and exceeds the max entry size of " + max
                    + " bytes");
        }
    }

    private static StreamingReader.Builder builder() {
        return StreamingReader.builder().rowCacheSize(200).bufferSize(8192);
    }

    /** The sheets in workbook order. */
    public Iterable<Sheet> sheets() {
        return workbook;
    }

    /** The sheet of exactly this name (the streaming reader itself throws for a missing name). */
    public Optional<Sheet> sheet(String name) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (workbook.getSheetName(i).equals(name)) {
                return Optional.of(workbook.getSheetAt(i));
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.close();
        } finally {
            if (copy.isPresent()) {
                Files.deleteIfExists(copy.get());
            }
        }
    }

    /**
     * Why a workbook could not be read: the kind, the message of the exception that says it (for logs), and the
     * workbook's part at fault when the kind names one (empty otherwise), such as {@code docProps/core.xml}.
     */
    public record Refusal(Kind kind, String message, String part) {

        /**
         * A zip bomb (POI's inflate-ratio check), a part larger than allowed, a part nested too deep, or anything
         * else (not a zip, not a workbook, malformed XML).
         */
        public enum Kind { ZIP_BOMB, ENTRY_TOO_LARGE, NESTED_TOO_DEEP, UNREADABLE }

        public Refusal {
            message = message == null ? "" : message;
            part = part == null ? "" : part;
        }

        public Refusal(Kind kind, String message) {
            this(kind, message, "");
        }
    }

    /**
     * What went wrong while opening or reading a workbook, from the innermost cause that says it (POI's zip-bomb
     * detection often lies under a parse error). The message is the library's, for logs: an import words the
     * refusal a person reads by its {@link Refusal.Kind kind}.
     */
    public static Refusal refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NestedTooDeepException nested) {
                return new Refusal(Refusal.Kind.NESTED_TOO_DEEP, t.getMessage(), nested.part);
            }
        }
        Optional<Throwable> bomb = cause(e, m -> m.contains("Zip bomb") || m.contains("zip bomb"));
        if (bomb.isPresent()) {
            return new Refusal(Refusal.Kind.ZIP_BOMB, bomb.get().getMessage());
        }
        Optional<Throwable> large = cause(e, m -> m.contains("exceeds the max") || m.contains("max entry size")
                || m.contains("Max entry size"));
        return large.map(t -> new Refusal(Refusal.Kind.ENTRY_TOO_LARGE, t.getMessage()))
                .orElseGet(() -> new Refusal(Refusal.Kind.UNREADABLE, e.getMessage()));
    }

    private static Optional<Throwable> cause(Throwable e, Predicate<String> says) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && says.test(t.getMessage())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** What one cell holds, read without evaluating it. */
    public record CellText(Kind kind, String text) {

        /**
         * A value (text, number, yes/no, or nothing) as text; a formula, with its formula text; an error value; a
         * value longer than allowed, with that value.
         */
        public enum Kind { VALUE, FORMULA, ERROR, TOO_LONG }
    }

    /**
     * The cell as text: a string as it is, a number plainly ({@code 8000}, {@code 0.5}), a boolean as
     * {@code true}/{@code false}, a blank as empty; longer than {@code maxChars} is {@link CellText.Kind#TOO_LONG}.
     */
    public static CellText text(Cell cell, int maxChars) {
        CellText.Kind held = held(cell);
        if (held == CellText.Kind.FORMULA) {
            return new CellText(CellText.Kind.FORMULA, formula(cell));
        }
        if (held == CellText.Kind.ERROR) {
            return new CellText(CellText.Kind.ERROR, "");
        }
        CellType type = cell.getCellType();
        String value = switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> Decimals.text(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "true" : "false";
            default -> "";
        };
        return new CellText(value.length() > maxChars ? CellText.Kind.TOO_LONG : CellText.Kind.VALUE, value);
    }

    /**
     * What a cell (possibly absent) holds, without reading its value: a {@link CellText.Kind#FORMULA formula}, an
     * {@link CellText.Kind#ERROR error value} (both refused by every import), or a {@link CellText.Kind#VALUE value}.
     */
    public static CellText.Kind held(Cell cell) {
        CellType type = cell == null ? CellType.BLANK : cell.getCellType();
        return type == CellType.FORMULA ? CellText.Kind.FORMULA
                : type == CellType.ERROR ? CellText.Kind.ERROR : CellText.Kind.VALUE;
    }

    /** The formula text of a formula cell, or {@code ?} where the reader cannot give it. */
    public static String formula(Cell cell) {
        try {
            return cell.getCellFormula();
        } catch (RuntimeException e) {
            return "?";
        }
    }

    /** Whether a cell is blank or holds only whitespace. */
    public static boolean isBlank(Cell cell) {
        CellType type = cell == null ? CellType.BLANK : cell.getCellType();
        return type == CellType.BLANK || type == CellType.STRING && cell.getStringCellValue().isBlank();
    }

    /** Whether a row has no cell holding a value or a formula. */
    public static boolean isEmpty(Row row) {
        for (Cell cell : row) {
            if (!isBlank(cell)) {
                return false;
            }
        }
        return true;
    }

    /** The column letters of a 0-based index: 0 → A, 26 → AA. */
    public static String column(int index) {
        return CellReference.convertNumToColString(index);
    }
}
