package procedo.catalog.assessment;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.priority.PriorityCandidate;
import procedo.catalog.priority.Ranking;
import procedo.catalog.text.Text;

/**
 * The order in which a ranking is listed: by rank (the score, the default) or by one of the columns a person sorts a
 * long ranking by, either way. The rank each procedure holds does not change with the order it is listed in; ties
 * keep the rank order.
 */
public record RankingSort(Column column, Direction direction) {

    /** The ranking's own order: rank 1 first. */
    public static final RankingSort BY_RANK = new RankingSort(Column.RANK, Direction.ASCENDING);

    /** What a ranking can be listed by. */
    public enum Column {
        RANK("rank"), SCORE("score"), CODE("code"), NAME("name"), VOLUME("volume"), ANNUAL_COST("cost"), SAVING("saving");

        private final String parameter;

        Column(String parameter) {
            this.parameter = parameter;
        }

        /** The column's name in the API's {@code sort} parameter. */
        public String parameter() {
            return parameter;
        }
    }

    /** Ascending (smallest, first letter, rank 1 first) or descending. */
    public enum Direction { ASCENDING, DESCENDING }

    public RankingSort {
        column = column == null ? Column.RANK : column;
        direction = direction == null ? Direction.ASCENDING : direction;
    }

    /**
     * The sort of the API's {@code sort} parameter: a column's name ({@code rank}, {@code score} (the rank order
     * reversed), {@code code}, {@code name},
     * {@code volume}, {@code cost}, {@code saving}), descending when it starts with {@code -}; the rank order when
     * absent. Throws {@link InvalidInputException} on {@code sort} for any other value.
     */
    public static RankingSort parse(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return BY_RANK;
        }
        String text = parameter.trim();
        Direction direction = text.startsWith("-") ? Direction.DESCENDING : Direction.ASCENDING;
        String name = text.replaceFirst("^[-+]", "");
        return Arrays.stream(Column.values()).filter(c -> c.parameter.equals(name)).findFirst()
                .map(c -> new RankingSort(c, direction))
                .orElseThrow(() -> InvalidInputException.of("sort", Text.of("catalog.ranking.sortUnknown", parameter,
                        Arrays.stream(Column.values()).map(Column::parameter).toList().toString())));
    }

    /** The parameter this sort is written as ({@code -saving}). */
    public String parameter() {
        return (direction == Direction.DESCENDING ? "-" : "") + column.parameter;
    }

    /** Whether this is the ranking's own order (rank 1 first). */
    public boolean isRankOrder() {
        return this.equals(BY_RANK);
    }

    /** The positions in {@code ranking} (0 = rank 1) in the order this sort lists them. */
    int[] positions(Ranking ranking) {
        if (column != Column.RANK && column != Column.SCORE) {
            Comparator<PriorityCandidate> order = columnOrder();
            return ranking.positions(direction == Direction.ASCENDING ? order : order.reversed());
        }
        // the lowest score is the last rank: score ascending lists the ranking from its end
        boolean fromFirst = (column == Column.RANK) == (direction == Direction.ASCENDING);
        int size = ranking.size();
        int[] positions = new int[size];
        for (int i = 0; i < size; i++) {
            positions[i] = fromFirst ? i : size - 1 - i;
        }
        return positions;
    }

    /** The order of candidates by this sort's column (not by rank, which only the ranking knows), ascending. */
    Comparator<PriorityCandidate> columnOrder() {
        return switch (column) {
            case RANK, SCORE -> (a, b) -> 0;
            case CODE -> Comparator.comparing(PriorityCandidate::code);
            case NAME -> {
                // one collation key per name: a national catalog sorts 100,000 names
                Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
                Map<String, CollationKey> keys = new HashMap<>();
                yield Comparator.comparing((PriorityCandidate c) ->
                        keys.computeIfAbsent(c.name(), vietnamese::getCollationKey));
            }
            case VOLUME -> Comparator.comparingLong(PriorityCandidate::volume);
            case ANNUAL_COST -> Comparator.comparing(PriorityCandidate::annualCostVnd);
            case SAVING -> Comparator.comparing(PriorityCandidate::savingPotentialVnd);
        };
    }
}
