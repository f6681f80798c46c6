package procedo.modeler.observatory;

import procedo.catalog.assessment.CostBasis;
import procedo.catalog.assessment.SnapshotEntry;
import procedo.engine.Kpis;
import procedo.modeler.digitisation.DigitisationFigures;
import procedo.modeler.golive.StageMove;

/**
 * What the observatory knows of one procedure in the filter's scope, from which every column takes its figure.
 *
 * @param procedure  the procedure as the catalog's assessment holds it (record, activities' sums, fees)
 * @param costBasis  its cost basis in the scope (tariff, dossiers, fees)
 * @param statistics its statistics of the year shown (the filter's, else the latest recorded), or null when none
 * @param measured   the dossiers the engine counted in the year shown (the filter's, else the latest), or null
 * @param kpis       the engine's KPIs of its cases in the scope, or null when its workflow does not run there
 * @param filter     what the observatory was asked for
 * @param stage      the latest move of its workflow's going live, null when it is not managed in stages
 * @param digitisation how its dossiers in the scope were handed in, issued and rated, or null when none was recorded
 */
public record ProcedureFacts(SnapshotEntry procedure, CostBasis costBasis, UsageYear statistics, UsageYear measured,
                             Kpis kpis, ObservatoryFilter filter, StageMove stage, DigitisationFigures digitisation) {

    /** The facts of a procedure whose workflow is not managed in stages. */
    public ProcedureFacts(SnapshotEntry procedure, CostBasis costBasis, UsageYear statistics, UsageYear measured,
                          Kpis kpis, ObservatoryFilter filter) {
        this(procedure, costBasis, statistics, measured, kpis, filter, null, null);
    }

    /** The facts of a procedure without any dossier's digitisation recorded. */
    public ProcedureFacts(SnapshotEntry procedure, CostBasis costBasis, UsageYear statistics, UsageYear measured,
                          Kpis kpis, ObservatoryFilter filter, StageMove stage) {
        this(procedure, costBasis, statistics, measured, kpis, filter, stage, null);
    }
}
