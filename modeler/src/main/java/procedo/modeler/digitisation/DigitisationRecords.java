package procedo.modeler.digitisation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the dossiers' media, results and ratings are kept, and the counts the figures are made of.
 */
public interface DigitisationRecords {

    /** Where a received dossier counts: its procedure and receiving locality, and whether it counts at all. */
    record Intake(String caseId, String procedureCode, String locality, boolean counted, Instant receivedAt) {
    }

    /** What is kept of one dossier. */
    record Kept(Intake intake, List<ComponentMedium> components, ResultMedium result, Rating rating) {
    }

    /**
     * The counts of the counted dossiers of one procedure (in a locality, or everywhere).
     *
     * @param dossiers   dossiers with at least one component recorded
     * @param digitised  those of them with no component on paper
     * @param components components recorded
     * @param reused     those of them reused from a national database
     * @param results    dossiers whose result's medium is recorded
     * @param electronic those of them issued as an electronic copy
     * @param ratings    ratings given
     * @param scoreSum   the sum of their scores
     */
    record Counts(long dossiers, long digitised, long components, long reused, long results, long electronic,
                  long ratings, long scoreSum) {

        public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** Records a dossier as received with its components' media. */
    void received(Intake intake, List<ComponentMedium> components);

    Optional<Kept> ofCase(String caseId);

    /** Records (or corrects) how the result of a dossier was issued; creates the dossier's row when it has none. */
    void recordResult(Intake intake, ResultMedium medium, String recordedBy, Instant at);

    /** Keeps the dossier's rating; false, keeping nothing, when it was rated already. */
    boolean rate(Intake intake, Rating rating);

    /**
     * The counts of every procedure (or of {@code procedureCode} alone) over the counted dossiers received in
     * {@code locality} (null: everywhere), by procedure code.
     */
    Map<String, Counts> counts(String procedureCode, String locality);

    /** The counts over the counted dossiers among the cases {@code caseIds} (e.g. a pilot's group), all together. */
    Counts countsOfCases(Collection<String> caseIds);

    /** The ratings of every rated procedure (only their two counts filled) in {@code locality} (null: everywhere). */
    Map<String, Counts> ratings(String locality);
}
