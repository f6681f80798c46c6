package procedo.modeler.digitisation;

/**
 * How one dossier component was handed in.
 *
 * @param component the component's place (from 1) in the procedure's dossier, as the start form's boxes number it
 * @param name      its name when it was received
 */
public record ComponentMedium(int component, String name, Medium medium) {
}
