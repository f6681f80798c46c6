package procedo.modeler.workflow;

import procedo.engine.CaseMark;

/**
 * What the stage of a procedure's workflow allows: asked before a deployment and before a case is received, it
 * refuses what the stage forbids (a {@link procedo.catalog.error.ConflictException} saying why).
 */
public interface GoLiveGate {

    /** The gate of procedures not managed in stages: everything is allowed. */
    GoLiveGate OPEN = new GoLiveGate() {
        @Override
        public void checkDeployment(String procedureCode, String locality) {
        }

        @Override
        public void checkCase(String procedureCode, String locality, CaseMark mark) {
        }
    };

    /** Refuses deploying the procedure's workflow for {@code locality} (null: nationwide) when its stage forbids it. */
    void checkDeployment(String procedureCode, String locality);

    /** Refuses receiving a case ({@code mark} null for a real dossier) in {@code locality} when the stage forbids it. */
    void checkCase(String procedureCode, String locality, CaseMark mark);
}
