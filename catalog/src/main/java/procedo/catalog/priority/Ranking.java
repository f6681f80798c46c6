package procedo.catalog.priority;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problems;
import procedo.catalog.text.Text;

/**
 * The immutable outcome of {@link PriorityRanker#rank}: every candidate given, ordered from "bring online
 * first" (rank 1) down, with explanations built on demand for the page or procedure asked for.
 */
public final class Ranking {

    /** The largest page one call may ask for. */
    public static final int MAX_PAGE = 1000;

    private final ScoreSheet sheet;
    /** position → candidate index. */
    private final int[] order;
    private final Map<String, Integer> indexByCode;
    private final int[] positionByIndex;
    private final List<CriterionNormalization> normalization;

    Ranking(ScoreSheet sheet, int[] order, Map<String, Integer> indexByCode) {
        this.sheet = sheet;
        this.order = order;
        this.indexByCode = indexByCode;
        this.positionByIndex = new int[order.length];
        for (int position = 0; position < order.length; position++) {
            positionByIndex[order[position]] = position;
        }
        this.normalization = sheet.normalization();
    }

    /** How many procedures were ranked. */
    public int size() {
        return order.length;
    }

    /**
     * The ranked procedures from position {@code offset} (0 = rank 1) on, at most {@code limit} of them; empty
     * past the end. Requires {@code offset ≥ 0} and {@code 1 ≤ limit ≤ 1000}, else throws
     * {@link InvalidInputException} naming {@code offset} and/or {@code limit}.
     */
    public List<RankedProcedure> page(int offset, int limit) {
        checkPage(offset, limit);
        int end = (int) Math.min(order.length, (long) offset + limit);
        List<RankedProcedure> page = new ArrayList<>(Math.max(0, end - offset));
        for (int position = offset; position < end; position++) {
            page.add(sheet.explain(order[position], position + 1));
        }
        return List.copyOf(page);
    }

    /**
     * The positions (0 = rank 1) of every ranked procedure listed in {@code order}, ties in rank order: the order in
     * which a person sorted a long ranking by one of its columns.
     */
    public int[] positions(Comparator<PriorityCandidate> order) {
        Integer[] positions = new Integer[this.order.length];
        for (int position = 0; position < positions.length; position++) {
            positions[position] = position;
        }
        Arrays.sort(positions, Comparator.<Integer, PriorityCandidate>comparing(p -> sheet.candidate(this.order[p]), order)
                .thenComparingInt(p -> p));
        int[] listed = new int[positions.length];
        for (int i = 0; i < listed.length; i++) {
            listed[i] = positions[i];
        }
        return listed;
    }

    /** The ranked procedure at {@code position} (0 = rank 1) with its explanation. */
    public RankedProcedure at(int position) {
        return sheet.explain(order[position], position + 1);
    }

    /**
     * Refuses a page that starts before the first procedure or holds more than {@link #MAX_PAGE} of them
     * ({@link InvalidInputException} naming {@code offset} and/or {@code limit}).
     */
    public static void checkPage(int offset, int limit) {
        Problems problems = new Problems();
        problems.addIf(offset < 0, "offset", Text.of("catalog.problem.negative"));
        problems.addIf(limit < 1 || limit > MAX_PAGE, "limit", Text.of("catalog.problem.between", 1, MAX_PAGE));
        problems.throwIfAny();
    }

    /** The ranked procedure with this code, if it was among the candidates. */
    public Optional<RankedProcedure> find(String code) {
        if (code == null) {
            throw InvalidInputException.of("code", Text.of("catalog.problem.required"));
        }
        Integer index = indexByCode.get(code);
        if (index == null) {
            return Optional.empty();
        }
        return Optional.of(sheet.explain(index, positionByIndex[index] + 1));
    }

    /** How each criterion was weighted and normalised, in criterion order. */
    public List<CriterionNormalization> normalization() {
        return normalization;
    }

    /** The profile the scores were computed with. */
    public PriorityProfile profile() {
        return sheet.profile();
    }
}
