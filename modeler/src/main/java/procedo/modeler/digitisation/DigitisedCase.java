package procedo.modeler.digitisation;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import procedo.engine.CaseView;

/** A case as its page reads it: the engine's view of it, and its dossier's digitisation beside. */
public record DigitisedCase(@JsonUnwrapped CaseView view, CaseDigitisation digitisation) {
}
