package procedo.catalog.procedure;

/**
 * What lives outside the catalog under a procedure's code (template packages and their adoptions, deployed
 * workflows and their cases), told to the catalog by the modules that keep it. The catalog cannot see them itself.
 */
public interface ProcedureDependents {

    /** Nothing outside the catalog: for tools that run the catalog alone. */
    ProcedureDependents NONE = new ProcedureDependents() {
        @Override
        public Dependents of(String code) {
            return Dependents.none();
        }

        @Override
        public Dependents leftUnder(String code) {
            return Dependents.none();
        }
    };

    /** Everything outside the catalog that depends on the procedure stored under {@code code}. */
    Dependents of(String code);

    /**
     * What a procedure given {@code code} now would wrongly take as its own: the records a former holder of the
     * code left under it (its deployed workflows and cases). Empty when the code carries no such history.
     */
    Dependents leftUnder(String code);
}
