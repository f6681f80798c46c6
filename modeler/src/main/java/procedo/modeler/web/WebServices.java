package procedo.modeler.web;

import procedo.catalog.CatalogStore;
import procedo.catalog.assessment.CatalogAssessment;
import procedo.catalog.assessment.ProcedureCosts;
import procedo.catalog.procedure.ProcedureService;

/** The services the web application calls. */
public record WebServices(CatalogStore store, ProcedureService procedures, CatalogAssessment assessment,
                          ProcedureCosts costs) {
}
