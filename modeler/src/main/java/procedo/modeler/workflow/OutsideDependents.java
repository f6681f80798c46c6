package procedo.modeler.workflow;

import java.util.Optional;
import java.util.function.Supplier;
import procedo.catalog.error.NotFoundException;
import procedo.catalog.procedure.Dependents;
import procedo.catalog.procedure.ProcedureDependents;
import procedo.engine.WorkflowEngine;
import procedo.templates.TemplateService;

/**
 * What depends on a procedure outside the catalog, found under its code: the template packages published for it
 * and the localities' adoptions of them, and the workflows deployed for it on the engine with their cases. The
 * catalog asks this before it deletes a procedure or gives its code to a new one.
 */
public final class OutsideDependents implements ProcedureDependents {

    private final TemplateService templates;
    private final Supplier<Optional<WorkflowEngine>> engine;

    /**
     * @param engine the workflow engine, or empty when none has ever run on the database (so that nothing can have
     *               been deployed)
     */
    public OutsideDependents(TemplateService templates, Supplier<Optional<WorkflowEngine>> engine) {
        this.templates = templates;
        this.engine = engine;
    }

    @Override
    public Dependents of(String code) {
        Dependents found = leftUnder(code);
        try {
            return found.and(Dependents.TEMPLATES, templates.versions(code).size())
                    .and(Dependents.ADOPTIONS, templates.adoptions(code).size());
        } catch (NotFoundException noTemplate) {
            return found;
        }
    }

    @Override
    public Dependents leftUnder(String code) {
        return engine.get().map(workflows -> Dependents.of(Dependents.DEPLOYMENTS, workflows.deployments(code).size())
                .and(Dependents.CASES, workflows.caseCount(code))).orElseGet(Dependents::none);
    }
}
