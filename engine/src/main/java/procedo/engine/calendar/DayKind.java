package procedo.engine.calendar;

/** What a line of the holiday file says about its date. */
public enum DayKind {
    /** A weekday that is not worked: a public holiday, a compensation day, or a weekday off in exchange. */
    HOLIDAY,
    /** A Saturday or Sunday that is worked in exchange for a weekday off. */
    WORKDAY
}
