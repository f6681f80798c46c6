package procedo.modeler;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import procedo.catalog.CatalogStore;
import procedo.catalog.account.Actor;
import procedo.catalog.audit.AuditAction;
import procedo.catalog.audit.AuditEntry;
import procedo.catalog.audit.AuditSubject;
import procedo.catalog.audit.AuditTrail;
import procedo.catalog.assessment.CatalogAssessment;
import procedo.catalog.assessment.PriorityProfileService;
import procedo.catalog.assessment.TariffService;
import procedo.catalog.assessment.ProcedureCosts;
import procedo.catalog.demo.DemoCatalog;
import procedo.catalog.persistence.DatabaseSettings;
import procedo.catalog.excel.CatalogWorkbookExport;
import procedo.catalog.excel.CatalogWorkbookForm;
import procedo.catalog.excel.CatalogImportPreviews;
import procedo.catalog.excel.CatalogWorkbookImport;
import procedo.catalog.persistence.JooqActivitySource;
import procedo.catalog.persistence.JooqCatalogTransfer;
import procedo.catalog.persistence.JooqCatalogStore;
import procedo.engine.EngineSettings;
import procedo.engine.WorkflowEngine;
import procedo.engine.calendar.Deadlines;
import procedo.engine.calendar.HolidayCalendar;
import procedo.engine.camunda.CamundaEngines;
import procedo.modeler.workflow.MeasuredUsageFeed;
import procedo.modeler.workflow.OutsideDependents;
import procedo.modeler.workflow.CandidateGroups;
import procedo.modeler.workflow.WorkflowService;
import procedo.catalog.persistence.JooqPlanRepository;
import procedo.catalog.plan.PlanService;
import procedo.catalog.report.CostReductionReports;
import procedo.catalog.procedure.ProcedureService;
import procedo.catalog.procedure.WithdrawnFilter;
import procedo.catalog.usage.MeasuredUsageService;
import procedo.catalog.usage.UsageService;
import procedo.modeler.json.Json;
import procedo.modeler.model.ModelService;
import procedo.modeler.simulation.SimulationService;
import procedo.modeler.simulation.persistence.JooqSimulationRepository;
import procedo.modeler.operations.DatabaseBackup;
import procedo.modeler.operations.DatabaseHealth;
import procedo.modeler.model.persistence.JooqModelRepository;
import procedo.modeler.workflow.persistence.JooqDeploymentReasons;
import procedo.modeler.dossier.LookupAttempts;
import procedo.modeler.dossier.persistence.JooqDossierRegister;
import procedo.modeler.workflow.DossierDesk;
import procedo.modeler.web.http.Authentication;
import procedo.catalog.audit.AccountAudit;
import procedo.catalog.account.AccountService;
import procedo.catalog.account.Passwords;
import java.util.Set;
import procedo.templates.TemplateService;
import procedo.templates.demo.DemoTemplates;
import procedo.templates.load.ImportLimits;
import procedo.templates.persistence.JooqTemplateRepository;
import procedo.modeler.web.WebServer;
import procedo.modeler.digitisation.DigitisationDesk;
import procedo.modeler.digitisation.RatedProcedures;
import procedo.modeler.digitisation.persistence.JooqDigitisationRecords;
import procedo.modeler.golive.PilotComparison;
import procedo.modeler.golive.StageService;
import procedo.modeler.golive.persistence.JooqStageRepository;
import procedo.modeler.observatory.ObservatoryColumn;
import procedo.modeler.observatory.ObservatoryColumns;
import procedo.modeler.observatory.ObservatoryService;
import procedo.modeler.observatory.ThresholdSettings;
import procedo.modeler.observatory.persistence.JooqUsageRows;
import procedo.modeler.web.WebServices;
import procedo.modeler.web.workbook.CatalogWorkbookRoutes;

/** The composition root: opens the database and wires every service by hand. Closing it closes the database. */
public final class Application implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private final CatalogStore store;
    private final JooqCatalogStore catalogStore;
    private final javax.sql.DataSource dataSource;
    private final DatabaseHealth health;
    private final DatabaseBackup backup;
    private final CatalogAssessment assessment;
    private final ProcedureService procedures;
    private final ProcedureCosts costs;
    private final UsageService usage;
    private final ModelService models;
    private final SimulationService simulations;
    private final procedo.modeler.simulation.calibration.CalibrationService calibration;
    private final procedo.modeler.simulation.scm.SimulatedComplianceCost simulatedCost;
    private final TemplateService templates;
    private final JooqPlanRepository planRepository;
    private final PlanService plans;
    private final CostReductionReports reports;
    private final JooqCatalogTransfer transfer;
    /** Catalog workbook previews waiting for their confirmation. */
    private final CatalogImportPreviews importPreviews = new CatalogImportPreviews();
    private final EngineOptions engineOptions;
    private final MeasuredUsageFeed measuredUsage;
    private final MeasuredUsageService measuredUsageApart;
    private final WorkflowService workflows;
    private final DossierDesk dossierDesk;
    private final PriorityProfileService profiles;
    private final TariffService tariffs;
    private final AccountService accounts;
    private final AuditTrail audit;
    private WorkflowEngine engine;
    private final CandidateGroups candidateGroups;
    private volatile CandidateGroups.Configured configuredGroups = CandidateGroups.Configured.bundled();
    private final ObservatoryService observatory;
    private final DigitisationDesk digitisation;
    private final StageService stages;
    private final PilotComparison pilots;
    private volatile List<ObservatoryColumn> observatoryColumns = ObservatoryColumns.of(ThresholdSettings.bundled());

    /**
     * How this node runs the workflow engine.
     *
     * @param nodeName    unique among the nodes sharing the database
     * @param jobExecutor whether jobs (timers of the models) and the escalation sweep run in the background on
     *                    this node
     * @param calendar    the working-day calendar of legal deadlines
     * @param escalationSweep how often this node looks for cases past their due date
     * @param measuredUsageFeed how often this node re-counts the deployed procedures' cases into the catalog's
     *                          MEASURED usage ({@link MeasuredUsageFeed}); {@link Duration#ZERO} when only the
     *                          cases started or ended here are recorded, as they happen
     */
    public record EngineOptions(String nodeName, boolean jobExecutor, HolidayCalendar calendar,
                                Duration escalationSweep, Duration measuredUsageFeed) {

        public EngineOptions {
            java.util.Objects.requireNonNull(measuredUsageFeed, "measuredUsageFeed");
            if (measuredUsageFeed.isNegative()) {
                throw new IllegalArgumentException("measuredUsageFeed must not be negative");
            }
        }

        /** Options without a scheduled measured-usage feed. */
        public EngineOptions(String nodeName, boolean jobExecutor, HolidayCalendar calendar, Duration escalationSweep) {
            this(nodeName, jobExecutor, calendar, escalationSweep, Duration.ZERO);
        }

        /** Options without a scheduled measured-usage feed, sweeping for overdue cases at the default interval. */
        public EngineOptions(String nodeName, boolean jobExecutor, HolidayCalendar calendar) {
            this(nodeName, jobExecutor, calendar, EngineSettings.DEFAULT_ESCALATION_SWEEP);
        }

        /** A node that runs no background jobs, on the bundled Vietnamese calendar: for commands and tests. */
        public static EngineOptions quiet() {
            return new EngineOptions("procedo", false, HolidayCalendar.vietnam());
        }

        /**
         * A server node: jobs and the escalation sweep run in the background, and the measured usage is re-counted
         * every {@link MeasuredUsageFeed#SERVER_INTERVAL}.
         */
        public static EngineOptions server(String nodeName, HolidayCalendar calendar) {
            return new EngineOptions(nodeName, true, calendar, EngineSettings.DEFAULT_ESCALATION_SWEEP,
                    MeasuredUsageFeed.SERVER_INTERVAL);
        }
    }

    private Application(JooqCatalogStore store, DatabaseSettings settings, EngineOptions engineOptions,
                        Passwords.Cost hashing) {
        this.engineOptions = engineOptions;
        this.dataSource = store.dataSource();
        this.store = store;
        this.audit = new AuditTrail(store.auditLog(), store::inTransaction, Clock.systemUTC());
        this.catalogStore = store;
        this.health = new DatabaseHealth(dataSource);
        this.backup = new DatabaseBackup(dataSource, settings);
        JooqDigitisationRecords digitisationRecords = new JooqDigitisationRecords(store.dsl());
        this.assessment = new CatalogAssessment(store.snapshots(), store.profiles(),
                store.tariffs(), store.localities(), new RatedProcedures(digitisationRecords));
        this.templates = new TemplateService(new JooqTemplateRepository(store.dsl()),
                store.localities(), ImportLimits.DEFAULT, java.time.Clock.systemUTC(), audit);
        this.procedures = new ProcedureService(store.procedures(), store.localities(), audit,
                assessment::procedureChanged, new OutsideDependents(templates, this::engineIfItEverRan));
        this.costs = new ProcedureCosts(store.procedures(), assessment);
        this.usage = new UsageService(store.procedures(), store.localities(), store.usage(), audit,
                assessment::procedureChanged);
        this.models = new ModelService(new JooqModelRepository(store.dsl()), audit);
        this.simulations = new SimulationService(models, new JooqSimulationRepository(store.dsl(), Json.mapper()), audit,
                engineOptions.calendar());
        this.calibration = new procedo.modeler.simulation.calibration.CalibrationService(models, this::engine,
                engineOptions.calendar());
        this.simulatedCost = new procedo.modeler.simulation.scm.SimulatedComplianceCost(procedures, simulations,
                models, engineOptions.calendar(), Clock.systemUTC());
        this.planRepository = new JooqPlanRepository(store.dsl());
        this.plans = new PlanService(planRepository, procedures, assessment, audit, Clock.systemUTC());
        this.reports = new CostReductionReports(store, assessment, planRepository, plans,
                new JooqActivitySource(store.dsl()), Clock.systemUTC());
        this.transfer = new JooqCatalogTransfer(store.dsl());
        this.measuredUsageApart = new MeasuredUsageService(usage, store.usage(), store.measuredUsage(), audit,
                assessment::procedureChanged);
        this.measuredUsage = new MeasuredUsageFeed(measuredUsageApart, store.localities(), this::engine);
        JooqDossierRegister dossiers = new JooqDossierRegister(store.dsl());
        JooqStageRepository stageMoves = new JooqStageRepository(store.dsl());
        this.stages = new StageService(stageMoves, procedures, store.localities(), audit, this::engineIfItEverRan,
                Clock.systemUTC());
        this.pilots = new PilotComparison(stageMoves, procedures, costs, usage, store.localities(),
                this::engineIfItEverRan, Clock.systemUTC(), digitisationRecords);
        this.workflows = new WorkflowService(procedures, store.localities(), models, templates, measuredUsage,
                audit, new JooqDeploymentReasons(store.dsl()), dossiers, this::engine, stages);
        this.dossierDesk = new DossierDesk(workflows, procedures, store.localities(), dossiers, audit,
                new LookupAttempts(Clock.systemUTC()));
        this.digitisation = new DigitisationDesk(workflows, dossierDesk, procedures, store.localities(),
                digitisationRecords, audit, Clock.systemUTC(), assessment::procedureChanged);
        this.profiles = new PriorityProfileService(store.profiles(), audit);
        this.tariffs = new TariffService(store.tariffs(), audit);
        this.accounts = new AccountService(store.accounts(), code -> store.localities().locality(code).isPresent(),
                Clock.systemUTC(), new AccountAudit(audit), hashing);
        this.candidateGroups = new CandidateGroups(models, this::engine, accounts, () -> configuredGroups);
        this.observatory = new ObservatoryService(assessment, store.localities(), new JooqUsageRows(store.dsl()),
                this::engineIfItEverRan, () -> observatoryColumns, Clock.systemUTC(), stages::currentStages,
                digitisation::figures);
        if (!engineOptions.measuredUsageFeed().isZero()) {
            measuredUsage.start(engineOptions.measuredUsageFeed());
        }
    }

    public static Application open(DatabaseSettings settings) {
        return open(settings, EngineOptions.quiet());
    }

    public static Application open(DatabaseSettings settings, EngineOptions engineOptions) {
        return open(settings, engineOptions, Passwords.Cost.STANDARD);
    }

    /**
     * As {@link #open(DatabaseSettings, EngineOptions)}, new passwords hashed at {@code hashing} instead of the
     * standard cost (for tests, which set hundreds of passwords).
     */
    public static Application open(DatabaseSettings settings, EngineOptions engineOptions, Passwords.Cost hashing) {
        return new Application(JooqCatalogStore.open(settings), settings, engineOptions, hashing);
    }

    /**
     * The workflow engine, started on first use (Camunda creates or updates its tables in the catalog's database
     * then), so that commands which never run a workflow do not pay for it.
     */
    public synchronized WorkflowEngine engine() {
        if (engine == null) {
            Deadlines deadlines = new Deadlines(engineOptions.calendar(), Deadlines.VIETNAM_ZONE,
                    Deadlines.VIETNAM_END_OF_DAY);
            engine = CamundaEngines.embedded(new EngineSettings(dataSource, engineOptions.nodeName(),
                    engineOptions.jobExecutor(), deadlines::due, Deadlines.VIETNAM_ZONE,
                    engineOptions.escalationSweep()));
        }
        return engine;
    }

    /**
     * The workflow engine if one has ever run on this database (started now if need be), or empty: a database
     * without the engine's tables holds no workflow and no case, which is all the catalog asks of it before it
     * gives a code to a new procedure.
     */
    synchronized Optional<WorkflowEngine> engineIfItEverRan() {
        return engine != null || CamundaEngines.hasRunOn(dataSource) ? Optional.of(engine()) : Optional.empty();
    }

    public UsageService usage() {
        return usage;
    }

    public WorkflowService workflows() {
        return workflows;
    }

    /** Dossiers' receipts and the public status look-up. */
    public DossierDesk dossierDesk() {
        return dossierDesk;
    }

    /** What deployed workflows measured, kept apart from the usage statistics. */
    public MeasuredUsageService measurements() {
        return measuredUsageApart;
    }

    /** What the engine measured, recorded as the catalog's MEASURED usage; its scheduler stops with this. */
    public MeasuredUsageFeed measuredUsage() {
        return measuredUsage;
    }

    /** Loads the demo catalog when the database holds no procedure yet; returns how many were loaded. */
    public int loadDemoIfEmpty() {
        if (!store.isEmpty()) {
            return 0;
        }
        // the demo fills an empty catalog: its codes are not checked against the engine, which need not start for it
        int loaded = new DemoCatalog(store, new ProcedureService(store.procedures(), store.localities(),
                audit, assessment::procedureChanged)).load();
        assessment.reload();
        LOG.info("Loaded the demo catalog: {} procedures", loaded);
        LOG.info("Loaded the demo process models: {}", new procedo.modeler.demo.DemoModels(models).load());
        if (templates.isEmpty()) {
            LOG.info("Loaded the demo template packages: {}", new DemoTemplates(templates).load());
        }
        return loaded;
    }

    /** The web application for clients connecting directly (no reverse proxy in front). */
    public WebServer webServer() {
        return webServer(Set.of());
    }

    /**
     * The web application; {@code trustedProxies} are the addresses of the reverse proxies whose forwarded headers
     * (client address, scheme) are believed.
     */
    public WebServer webServer(Set<String> trustedProxies) {
        return new WebServer(new WebServices(procedures, usage, tariffs, store.localities(), assessment, profiles,
                costs, models, templates, plans, reports, this::exportCatalog, catalogImports(), workflows,
                engineOptions.calendar(), accounts, audit, health, backup, candidateGroups, dossierDesk,
                observatory, simulations, stages, pilots, calibration, simulatedCost, digitisation),
                new Authentication(accounts, trustedProxies));
    }

    /** Rates the observatory's figures by {@code thresholds} instead of the bundled ones. */
    public void useObservatoryThresholds(ThresholdSettings thresholds) {
        this.observatoryColumns = ObservatoryColumns.of(thresholds);
    }

    /** Dossiers' digitisation and the applicants' ratings. */
    public DigitisationDesk digitisation() {
        return digitisation;
    }

    /** The stages of procedures' workflows going live. */
    public StageService stages() {
        return stages;
    }

    /** The observatory of public-service quality. */
    public ObservatoryService observatory() {
        return observatory;
    }

    /** Offers {@code configured} as the candidate groups' list instead of the bundled one. */
    public void useCandidateGroups(CandidateGroups.Configured configured) {
        this.configuredGroups = configured;
    }

    /** The people who sign in, their roles, sessions and tokens. */
    public AccountService accounts() {
        return accounts;
    }

    /** Whether the database answers now. */
    public DatabaseHealth health() {
        return health;
    }

    /** The online backup of the embedded database. */
    public DatabaseBackup backup() {
        return backup;
    }

    /**
     * Records in the embedded data folder's lock that this process serves the application at {@code address}, so
     * that a command refused the folder can name it and {@code backup} can ask it for a backup.
     */
    public void announceServer(String address) {
        catalogStore.dataFolderLock().ifPresent(lock -> lock.serving(address));
    }

    public CatalogStore store() {
        return store;
    }

    public CatalogAssessment assessment() {
        return assessment;
    }

    public ProcedureService procedures() {
        return procedures;
    }

    public TemplateService templates() {
        return templates;
    }

    public PlanService plans() {
        return plans;
    }

    /** Writes the catalog (withdrawn procedures left out) as a workbook; returns the number of data rows. */
    public long exportCatalog(OutputStream out) {
        return exportCatalog(out, WithdrawnFilter.EXCLUDE);
    }

    /** Writes the procedures {@code withdrawn} admits as a workbook; returns the number of data rows. */
    public long exportCatalog(OutputStream out, WithdrawnFilter withdrawn) {
        return exportCatalog(out, withdrawn, CatalogWorkbookForm.VIETNAMESE);
    }

    /** Writes the procedures {@code withdrawn} admits as a workbook in {@code form}; returns the number of data rows. */
    public long exportCatalog(OutputStream out, WithdrawnFilter withdrawn, CatalogWorkbookForm form) {
        return new CatalogWorkbookExport(transfer).write(out, withdrawn, form);
    }

    /**
     * Imports a catalog workbook, all or nothing, keeping the procedures it does not name (see
     * {@link #importCatalog(Path, CatalogWorkbookImport.Missing, Actor)}).
     */
    public CatalogWorkbookImport.Result importCatalog(Path file, Actor actor) {
        return importCatalog(file, CatalogWorkbookImport.Missing.KEEP, actor);
    }

    /** What importing a catalog workbook would change; writes nothing. */
    public CatalogWorkbookImport.Result previewCatalogImport(Path file, CatalogWorkbookImport.Missing missing) {
        return new CatalogWorkbookImport(transfer).preview(file, missing);
    }

    /**
     * What importing a catalog workbook would change, writing nothing; the checked workbook is kept for {@code actor}
     * under the token returned, which {@link #importPreviewed} applies without reading the file again.
     */
    public CatalogImportPreviews.Kept previewCatalogImport(Path file, CatalogWorkbookImport.Missing missing, Actor actor) {
        return importPreviews.keep(new CatalogWorkbookImport(transfer).previewKept(file, missing), actor);
    }

    /**
     * Applies the catalog workbook that {@code actor} previewed under {@code token}, as
     * {@link #importCatalog(Path, CatalogWorkbookImport.Missing, Actor)} applies a file; refused when the token is not
     * theirs or no longer kept, or when the catalog has changed since the preview so that it would change something
     * else than the preview showed (then nothing is written). A token is applied once.
     */
    public CatalogWorkbookImport.Result importPreviewed(String token, Actor actor) {
        try (CatalogWorkbookImport.Previewed previewed = importPreviews.take(token, actor)) {
            return importCatalog(effects -> new CatalogWorkbookImport(transfer).apply(previewed, effects), actor);
        }
    }

    /**
     * Imports a catalog workbook, all or nothing, in one transaction with its records in the audit trail: each
     * changed procedure as an update (before and after), each removed one as a deletion or withdrawal, and the import
     * itself with what it did; an import that changes nothing records nothing. Refreshes the ranking's snapshot.
     */
    public CatalogWorkbookImport.Result importCatalog(Path file, CatalogWorkbookImport.Missing missing, Actor actor) {
        return importCatalog(effects -> new CatalogWorkbookImport(transfer).apply(file, missing, effects), actor);
    }

    /** Runs an import with the effects of {@code actor}'s changes, in one transaction with its audit records. */
    private CatalogWorkbookImport.Result importCatalog(
            java.util.function.Function<CatalogWorkbookImport.Effects, CatalogWorkbookImport.Result> run, Actor actor) {
        String reason = procedo.catalog.text.Messages.render(procedo.catalog.text.Text.of("catalog.import.removedReason"),
                procedo.catalog.text.Messages.VIETNAMESE);
        CatalogWorkbookImport.Effects effects = new CatalogWorkbookImport.Effects() {
            @Override
            public void changed(procedo.catalog.transfer.ProcedureChange change, procedo.catalog.procedure.Procedure before,
                                procedo.catalog.procedure.Procedure after) {
                AuditEntry entry = AuditEntry.of(actor, AuditAction.PROCEDURE_UPDATED, AuditSubject.of("procedure", change.code()))
                        .procedure(change.code());
                audit.record(after == null ? entry.after(change) : entry.province(after.localityCode()).before(before).after(after));
            }

            @Override
            public void remove(String code) {
                procedures.delete(code, actor, reason);
            }
        };
        CatalogWorkbookImport.Result result = audit.inTransaction(() -> {
            CatalogWorkbookImport.Result imported = run.apply(effects);
            if (imported.changesAnything()) {
                audit.record(AuditEntry.of(actor, AuditAction.CATALOG_IMPORTED, AuditSubject.of("catalog", "workbook"))
                        .after(java.util.Map.of("procedures", imported.procedures(), "added", imported.added().size(),
                                "changed", imported.changed().size(), "removed", imported.removed().size(),
                                "unchanged", imported.unchanged(), "agencies", imported.agencies(), "rows", imported.rows())));
            }
            return imported;
        });
        if (result.changesAnything()) {
            assessment.reload();
        }
        return result;
    }

    /** The catalog workbook import as the web application calls it. */
    private CatalogWorkbookRoutes.Imports catalogImports() {
        return new CatalogWorkbookRoutes.Imports() {
            @Override
            public CatalogImportPreviews.Kept preview(Path file, CatalogWorkbookImport.Missing missing, Actor actor) {
                return previewCatalogImport(file, missing, actor);
            }

            @Override
            public CatalogWorkbookImport.Result applyPreviewed(String token, Actor actor) {
                return importPreviewed(token, actor);
            }

            @Override
            public CatalogWorkbookImport.Result apply(Path file, CatalogWorkbookImport.Missing missing, Actor actor) {
                return importCatalog(file, missing, actor);
            }
        };
    }

    /** The audit trail: every change recorded, append-only and hash-chained. */
    public AuditTrail audit() {
        return audit;
    }

    public CostReductionReports reports() {
        return reports;
    }

    public ProcedureCosts costs() {
        return costs;
    }

    public ModelService models() {
        return models;
    }

    /** Simulation of the procedures' models, and the stored runs. */
    public SimulationService simulations() {
        return simulations;
    }

    /** Simulation parameters fitted from the engine's history of a deployed workflow. */
    public procedo.modeler.simulation.calibration.CalibrationService calibration() {
        return calibration;
    }

    /** The applicant's simulated burden written into a procedure's compliance cost. */
    public procedo.modeler.simulation.scm.SimulatedComplianceCost simulatedCost() {
        return simulatedCost;
    }

    @Override
    public void close() {
        importPreviews.close();
        health.close();
        measuredUsage.close();
        synchronized (this) {
            if (engine != null) {
                engine.close();
                engine = null;
            }
        }
        store.close();
    }
}
