package procedo.engine;

/**
 * Why a case is no real dossier: a TRAINING case started by staff learning the workflow, or a SIMULATED one made
 * by a load run. Marked cases never count in measured volumes or KPIs unless a view asks for them.
 */
public enum CaseMark {
    TRAINING, SIMULATED
}
