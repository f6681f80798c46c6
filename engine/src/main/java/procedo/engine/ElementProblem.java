package procedo.engine;

import java.util.Objects;

/**
 * Something wrong at one place: a model element, or a data field.
 *
 * @param elementId the id of the element or field (the process id for problems of the whole model), for scripts
 * @param place     how a person sees that place ("the task 'Thẩm định hồ sơ'", a form field's label); null when it
 *                  has no name of its own
 * @param text      what is wrong
 */
public record ElementProblem(String elementId, EngineText place, EngineText text) {

    public ElementProblem {
        Objects.requireNonNull(text, "text");
    }

    /** A problem at a place with no name of its own (yet: see {@link #at}). */
    public ElementProblem(String elementId, EngineText text) {
        this(elementId, null, text);
    }

    /** The same problem, its place named as a person sees it. */
    public ElementProblem at(EngineText place) {
        return new ElementProblem(elementId, place, text);
    }

    /** What is wrong, in English. */
    public String message() {
        return text.english();
    }
}
