package procedo.engine.calendar;

/**
 * A date in a year the holiday calendar does not cover: the working days of that year are unknown, and they are
 * never guessed. The calendar file must be extended with that year's holidays.
 */
public class CalendarGapException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final int year;
    private final String source;

    public CalendarGapException(int year, String source) {
        super("The holiday calendar " + source + " does not cover the year " + year
                + ": extend the calendar with the holidays of " + year + " (it covers only the years it lists)");
        this.year = year;
        this.source = source;
    }

    public int year() {
        return year;
    }

    public String source() {
        return source;
    }
}
