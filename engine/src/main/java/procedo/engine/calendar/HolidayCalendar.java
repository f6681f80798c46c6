package procedo.engine.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Working days: Monday to Friday, except the HOLIDAY dates of the holiday file, plus the Saturdays and Sundays it
 * lists as WORKDAY. Only the years the file covers (those with at least one HOLIDAY) can be asked about; any
 * other date throws {@link CalendarGapException}. Immutable and thread-safe.
 */
public final class HolidayCalendar {

    /** The bundled calendar of Viet Nam, on the class path. */
    public static final String VIETNAM_RESOURCE = "procedo/engine/calendar/vn-holidays.csv";
    /** The largest holiday file read. */
    public static final int MAX_FILE_BYTES = 1024 * 1024;
    static final String HEADER = "date,kind,name";

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final String source;
    private final NavigableMap<LocalDate, Holiday> entries;
    private final Set<Integer> years;

    private HolidayCalendar(String source, NavigableMap<LocalDate, Holiday> entries, Set<Integer> years) {
        this.source = source;
        this.entries = Collections.unmodifiableNavigableMap(entries);
        this.years = Collections.unmodifiableSet(years);
    }

    /** The bundled calendar of Viet Nam ({@value #VIETNAM_RESOURCE}). */
    public static HolidayCalendar vietnam() {
        return Bundled.VIETNAM;
    }

    /** Reads a holiday file; {@code sourceName} names it in error messages. */
    public static HolidayCalendar read(Reader in, String sourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        String text;
        try {
            text = readBounded(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the holiday calendar " + sourceName, e);
        }
        if (text == null) {
            throw new InvalidCalendarException(List.of(new InvalidCalendarException.Problem(sourceName, 0,
                    "the file is larger than " + MAX_FILE_BYTES + " bytes (1 MiB)")));
        }
        return parse(text, sourceName);
    }

    /** Reads a UTF-8 holiday file from disk. */
    public static HolidayCalendar load(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new InvalidCalendarException(List.of(new InvalidCalendarException.Problem(name, 0,
                        "the file is larger than " + MAX_FILE_BYTES + " bytes (1 MiB)")));
            }
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return read(in, name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the holiday calendar " + name, e);
        }
    }

    /** Where the calendar was read from. */
    public String source() {
        return source;
    }

    /** The years covered (those with at least one HOLIDAY), ascending. */
    public Set<Integer> years() {
        return years;
    }

    /** Whether {@code date} is a working day. */
    public boolean isWorkingDay(LocalDate date) {
        requireCovered(date);
        Holiday entry = entries.get(date);
        if (entry != null) {
            return entry.kind() == DayKind.WORKDAY;
        }
        return !isWeekend(date);
    }

    /** The name of the holiday on {@code date}, when it is a HOLIDAY of the file (weekends have none). */
    public Optional<String> holidayName(LocalDate date) {
        requireCovered(date);
        Holiday entry = entries.get(date);
        return entry != null && entry.kind() == DayKind.HOLIDAY ? Optional.of(entry.name()) : Optional.empty();
    }

    /**
     * The day on which a time limit of {@code days} working days ends for a dossier received on {@code receivedOn}.
     * The day of receipt is not counted: the result is the {@code days}-th working day after it. With 0 ("within
     * the day"): the day of receipt when it is a working day, else the next working day.
     */
    public LocalDate addWorkingDays(LocalDate receivedOn, int days) {
        Objects.requireNonNull(receivedOn, "receivedOn");
        if (days < 0) {
            throw new IllegalArgumentException("A time limit cannot be negative: " + days + " working days");
        }
        LocalDate day = receivedOn;
        if (days == 0) {
            while (!isWorkingDay(day)) {
                day = day.plusDays(1);
            }
            return day;
        }
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The number of working days in (from, to]; 0 when {@code to} is not after {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** Every line of the file for {@code year} (holidays and exchanged working Saturdays), by date. */
    public List<Holiday> holidays(int year) {
        if (!years.contains(year)) {
            throw new CalendarGapException(year, source);
        }
        return List.copyOf(entries.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true)
                .values());
    }

    @Override
    public String toString() {
        return "HolidayCalendar[" + source + ", years " + years + "]";
    }

    private void requireCovered(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (!years.contains(date.getYear())) {
            throw new CalendarGapException(date.getYear(), source);
        }
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }

    /** The whole text, or null when it is longer than the limit. */
    private static String readBounded(Reader in) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        int n;
        while ((n = in.read(buffer)) != -1) {
            text.append(buffer, 0, n);
            if (text.length() > MAX_FILE_BYTES) {
                return null;
            }
        }
        if (text.length() > 0 && text.charAt(0) == '\uFEFF') {
            text.deleteCharAt(0);
        }
        return text.toString();
    }

    private static HolidayCalendar parse(String text, String source) {
        List<InvalidCalendarException.Problem> problems = new ArrayList<>();
        NavigableMap<LocalDate, Holiday> entries = new TreeMap<>();
        Map<LocalDate, Integer> lineOf = new HashMap<>();
        Map<Integer, Integer> firstWorkdayLineOfYear = new TreeMap<>();
        boolean headerSeen = false;
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i];
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                headerSeen = true;
                if (trimmed.replace(" ", "").equalsIgnoreCase(HEADER)) {
                    continue;
                }
                problems.add(new InvalidCalendarException.Problem(source, lineNo,
                        "missing header line '" + HEADER + "' before the first date"));
            }
            List<String> fields = splitCsv(line);
            if (fields == null) {
                problems.add(new InvalidCalendarException.Problem(source, lineNo, "unterminated quoted name"));
                continue;
            }
            if (fields.size() != 3) {
                problems.add(new InvalidCalendarException.Problem(source, lineNo,
                        "expected 3 fields (" + HEADER + "), found " + fields.size()));
                continue;
            }
            String dateText = fields.get(0).strip();
            String kindText = fields.get(1).strip();
            String name = fields.get(2).strip();
            LocalDate date = null;
            if (ISO_DATE.matcher(dateText).matches()) {
                try {
                    date = LocalDate.parse(dateText);
                } catch (DateTimeParseException e) {
                    date = null;
                }
            }
            if (date == null) {
                problems.add(new InvalidCalendarException.Problem(source, lineNo,
                        "bad date '" + dateText + "' (expected a real date written YYYY-MM-DD)"));
            }
            DayKind kind = null;
            try {
                kind = DayKind.valueOf(kindText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new InvalidCalendarException.Problem(source, lineNo,
                        "unknown kind '" + kindText + "' (expected HOLIDAY or WORKDAY)"));
            }
            if (name.isEmpty()) {
                problems.add(new InvalidCalendarException.Problem(source, lineNo, "empty name"));
            }
            if (date == null || kind == null) {
                continue;
            }
            Integer earlier = lineOf.get(date);
            if (earlier != null) {
                problems.add(new InvalidCalendarException.Problem(source, lineNo,
                        "duplicated date " + date + " (already on line " + earlier + ")"));
                continue;
            }
            String weekday = date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            if (kind == DayKind.HOLIDAY && isWeekend(date)) {
                problems.add(new InvalidCalendarException.Problem(source, lineNo, "HOLIDAY on a weekend: "
                        + date + " is a " + weekday + "; list the weekday given off in compensation instead"));
                continue;
            }
            if (kind == DayKind.WORKDAY && !isWeekend(date)) {
                problems.add(new InvalidCalendarException.Problem(source, lineNo, "WORKDAY on a weekday: "
                        + date + " is a " + weekday + "; a WORKDAY is a Saturday or Sunday worked in exchange"));
                continue;
            }
            lineOf.put(date, lineNo);
            entries.put(date, new Holiday(date, kind, name));
            if (kind == DayKind.WORKDAY) {
                firstWorkdayLineOfYear.putIfAbsent(date.getYear(), lineNo);
            }
        }
        Set<Integer> years = new TreeSet<>();
        for (Holiday h : entries.values()) {
            if (h.kind() == DayKind.HOLIDAY) {
                years.add(h.date().getYear());
            }
        }
        if (!headerSeen) {
            problems.add(new InvalidCalendarException.Problem(source, 0,
                    "missing header line '" + HEADER + "' (the file has no data)"));
        } else if (years.isEmpty() && problems.isEmpty()) {
            problems.add(new InvalidCalendarException.Problem(source, 0,
                    "no HOLIDAY line: the calendar covers no year"));
        }
        firstWorkdayLineOfYear.forEach((year, lineNo) -> {
            if (!years.contains(year) && !years.isEmpty()) {
                problems.add(new InvalidCalendarException.Problem(source, lineNo, "WORKDAY in " + year
                        + ", a year with no HOLIDAY: list that year's holidays too (a year is covered by its"
                        + " holidays)"));
            }
        });
        if (!problems.isEmpty()) {
            problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
            throw new InvalidCalendarException(problems);
        }
        return new HolidayCalendar(source, entries, years);
    }

    /** Splits one CSV line; a field may be quoted ("..." with "" for a quote). Null when a quote is left open. */
    static List<String> splitCsv(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank() && !wasQuoted) {
                field.setLength(0);
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(field.toString());
        return fields;
    }

    private static final class Bundled {
        static final HolidayCalendar VIETNAM = loadBundled();

        private static HolidayCalendar loadBundled() {
            InputStream in = HolidayCalendar.class.getClassLoader().getResourceAsStream(VIETNAM_RESOURCE);
            if (in == null) {
                throw new IllegalStateException("The bundled holiday calendar " + VIETNAM_RESOURCE + " is missing");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return read(reader, VIETNAM_RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
