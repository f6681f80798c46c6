package procedo.modeler.web;

import procedo.catalog.CatalogStore;
import procedo.catalog.assessment.CatalogAssessment;
import procedo.catalog.assessment.ProcedureCosts;
import procedo.catalog.plan.PlanRepository;
import procedo.catalog.plan.PlanService;
import procedo.catalog.report.CostReductionReports;
import procedo.catalog.procedure.ProcedureService;
import procedo.catalog.usage.UsageService;
import procedo.modeler.model.ModelService;
import procedo.templates.TemplateService;

/** The services the web application calls. */
public record WebServices(CatalogStore store, ProcedureService procedures, UsageService usage,
                          CatalogAssessment assessment, ProcedureCosts costs,
                          ModelService models, TemplateService templates,

                          PlanService plans, PlanRepository planRepository, CostReductionReports reports,
                          java.util.function.ToLongFunction<java.io.OutputStream> catalogExport,
                          java.util.function.Function<java.nio.file.Path,
                                  procedo.catalog.excel.CatalogWorkbookImport.Result> catalogImport,
                          procedo.modeler.workflow.WorkflowService workflows,
                          procedo.engine.calendar.HolidayCalendar calendar) {
}
