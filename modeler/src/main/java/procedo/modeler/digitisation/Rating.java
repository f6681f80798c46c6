package procedo.modeler.digitisation;

import java.time.Instant;

/**
 * The applicant's rating of the service for one dossier: a score from {@link #LOWEST} to {@link #HIGHEST} and an
 * optional comment, given once, after the outcome.
 */
public record Rating(int score, String comment, Instant ratedAt) {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;
    /** The longest comment kept. */
    public static final int MAX_COMMENT = 2000;
}
