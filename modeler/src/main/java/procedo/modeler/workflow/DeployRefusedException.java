package procedo.modeler.workflow;

import java.util.List;
import procedo.catalog.error.Problem;
import procedo.catalog.error.ProcedoException;
import procedo.catalog.text.Text;

/**
 * A to-be model is not deployed because its lint found errors or the deploy checks failed (HTTP 400): every
 * problem located at its element, nothing deployed.
 */
public final class DeployRefusedException extends ProcedoException {

    private final transient List<Problem> problems;

    public DeployRefusedException(Text text, List<Problem> problems) {
        super(text);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
