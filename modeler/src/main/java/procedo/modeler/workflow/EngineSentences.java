package procedo.modeler.workflow;

import java.util.List;
import procedo.catalog.error.Problem;
import procedo.catalog.text.Text;
import procedo.engine.ElementProblem;
import procedo.engine.EngineText;

/**
 * The engine's sentences as the application's {@link Text}s, to be said in the reader's language: the engine
 * depends on nothing of ours, so it words its refusals and element problems as an {@link EngineText} (a key of the
 * engine's bundles and its arguments), and they become Texts here.
 */
public final class EngineSentences {

    private EngineSentences() {
    }

    /** The same sentence as a Text (nested sentences too). */
    public static Text text(EngineText text) {
        if (text.isVerbatim()) {
            return Text.verbatim(String.valueOf(text.args().get(0)));
        }
        List<Object> args = text.args().stream()
                .map(a -> a instanceof EngineText nested ? (Object) text(nested) : a).toList();
        return new Text(text.key(), args);
    }

    /** An element problem as a located problem: the element's id as its place, its kind and name as its label. */
    public static Problem problem(ElementProblem problem) {
        return new Problem(problem.elementId() == null ? "" : problem.elementId(), text(problem.text()),
                problem.place() == null ? null : text(problem.place()));
    }
}
