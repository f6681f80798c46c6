package procedo.engine;

/**
 * Something wrong at one place: a model element (its id), or a data field.
 *
 * @param elementId the id of the element or field; the process id for problems of the whole model
 */
public record ElementProblem(String elementId, String message) {
}
