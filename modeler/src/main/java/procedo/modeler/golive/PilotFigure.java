package procedo.modeler.golive;

import java.math.BigDecimal;
import java.util.Objects;
import procedo.catalog.text.Text;

/**
 * One figure of a pilot comparison: a value with the cases it counts and how it was obtained, or no value and why
 * (never a zero in place of a figure nobody has).
 *
 * @param value the figure (shares from 0 to 1, hours, đồng), null when missing
 * @param cases the dossiers it counts or is a share of, null when missing
 * @param note  how it was obtained, in words, null when missing
 * @param missing why there is no value, null when there is one
 * @param beside  the usage statistics' figure shown beside this one (never in its place), or null
 */
public record PilotFigure(BigDecimal value, Long cases, Text note, Text missing, PilotFigure beside) {

    public PilotFigure {
        if ((value == null) == (missing == null)) {
            throw new IllegalArgumentException("a figure has either a value or the reason it is missing");
        }
    }

    public static PilotFigure of(BigDecimal value, long cases, Text note) {
        return new PilotFigure(Objects.requireNonNull(value, "value"), cases, note, null, null);
    }

    public static PilotFigure missing(Text reason) {
        return new PilotFigure(null, null, null, Objects.requireNonNull(reason, "reason"), null);
    }

    /** This figure with {@code other} beside it. */
    public PilotFigure withBeside(PilotFigure other) {
        return new PilotFigure(value, cases, note, missing, other);
    }
}
