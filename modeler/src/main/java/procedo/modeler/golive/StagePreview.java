package procedo.modeler.golive;

import java.util.List;
import java.util.Map;
import procedo.catalog.text.Text;
import procedo.engine.Coverage;

/**
 * What moving a procedure's workflow into a stage would do, read before the move is confirmed: the scope it opens
 * to real dossiers, the deployed workflows with their running cases and whether each takes real dossiers after
 * the move, and what would refuse the move. A pure read.
 *
 * @param from          the current stage, null when none is recorded
 * @param version       the current stage's version, to send with the move
 * @param provinces     the pilot provinces of the move (PILOT only)
 * @param realDossiers  where real dossiers may be received after the move
 * @param activeCases   the cases running now on every deployed version, which go on to their end whatever the stage
 * @param refusals      why the move would be refused; empty when it can be made
 */
public record StagePreview(String procedureCode, String procedureName, Stage from, int version, Stage to,
                           List<String> provinces, Map<String, String> provinceNames, Text realDossiers,
                           List<Deployment> deployments, long activeCases, List<Text> refusals) {

    public StagePreview {
        provinces = List.copyOf(provinces);
        provinceNames = Map.copyOf(provinceNames);
        deployments = List.copyOf(deployments);
        refusals = List.copyOf(refusals);
    }

    /**
     * A deployed workflow (the latest version of one locality, or the national one) and what the move means for it.
     *
     * @param locality        its province, null when national
     * @param takesRealCases  whether it may receive real dossiers after the move
     */
    public record Deployment(String workflowId, String locality, int version, Coverage coverage, boolean suspended,
                             long activeCases, boolean takesRealCases) {
    }
}
