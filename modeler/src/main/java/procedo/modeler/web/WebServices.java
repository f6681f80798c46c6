package procedo.modeler.web;

import procedo.catalog.account.AccountService;
import procedo.catalog.assessment.CatalogAssessment;
import procedo.catalog.audit.AuditTrail;
import procedo.catalog.assessment.PriorityProfileService;
import procedo.catalog.assessment.ProcedureCosts;
import procedo.catalog.assessment.TariffService;
import procedo.catalog.locality.LocalityRepository;
import procedo.catalog.plan.PlanService;
import procedo.catalog.procedure.ProcedureService;
import procedo.catalog.report.CostReductionReports;
import procedo.catalog.usage.UsageService;
import procedo.engine.calendar.HolidayCalendar;
import procedo.modeler.model.ModelService;
import procedo.modeler.operations.DatabaseBackup;
import procedo.modeler.operations.DatabaseHealth;
import procedo.modeler.simulation.SimulationService;
import procedo.modeler.web.workbook.CatalogWorkbookRoutes;
import procedo.modeler.workflow.CandidateGroups;
import procedo.modeler.workflow.WorkflowService;
import procedo.templates.TemplateService;

/** The services the web application calls; the handlers reach nothing else. */
public record WebServices(ProcedureService procedures, UsageService usage, TariffService tariffs,
                          LocalityRepository localities, CatalogAssessment assessment,
                          PriorityProfileService profiles, ProcedureCosts costs, ModelService models,
                          TemplateService templates, PlanService plans, CostReductionReports reports,
                          CatalogWorkbookRoutes.Export catalogExport,
                          CatalogWorkbookRoutes.Imports catalogImport,
                          WorkflowService workflows, HolidayCalendar calendar,
                          AccountService accounts, AuditTrail audit, DatabaseHealth health,
                          DatabaseBackup backup, CandidateGroups candidateGroups,
                          procedo.modeler.workflow.DossierDesk dossierDesk,
                          procedo.modeler.observatory.ObservatoryService observatory,
                          SimulationService simulations,
                          procedo.modeler.golive.StageService stages,
                          procedo.modeler.golive.PilotComparison pilots,
                          procedo.modeler.simulation.calibration.CalibrationService calibration,
                          procedo.modeler.simulation.scm.SimulatedComplianceCost simulatedCost,
                          procedo.modeler.digitisation.DigitisationDesk digitisation) {
}
