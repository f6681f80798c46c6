package procedo.modeler.digitisation;

import java.util.List;

/**
 * How the components of a dossier being received were handed in, as the intake sends it: the component's place (from
 * 1) in the procedure's dossier and its medium's name. A component received without one is on paper.
 */
public record MediaGiven(List<Given> components) {

    /** One component's medium as sent. */
    public record Given(Integer component, String medium) {
    }
}
