package procedo.catalog.assessment;

/**
 * Why a procedure matching a portfolio's scope and filters is not in it, in the order a page lists them: the
 * nearest misses first.
 */
public enum LeftOutReason {
    /** It fits the budget on its own, but the chosen set saves more: its effort exceeds the budget left. */
    NOT_CHOSEN,
    /** Its effort alone is more than the whole budget. */
    OVER_BUDGET,
    /** Its to-be costs an applicant no less than today: nothing to save. */
    NO_SAVING,
    /** No dossiers are recorded or estimated for it in the scope, so its saving per year is nil. */
    NO_USAGE,
    /** It has no compliance cost figures (no as-is activities, no fees). */
    NO_COST_DATA,
    /** It is already fully online and the request leaves such procedures out. */
    FULLY_ONLINE
}
