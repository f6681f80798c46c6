package procedo.catalog.procedure;

/**
 * The processing time limit (thời hạn giải quyết) of a procedure through one channel it offers, in working days:
 * a dossier handed in online is often settled sooner than one handed in at the counter.
 *
 * @param workingDays working days from a complete dossier to the result
 */
public record ProcessingTime(FeeChannel channel, Integer workingDays) {
}
