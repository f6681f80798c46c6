package procedo.modeler.golive;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import procedo.catalog.account.Principal;
import procedo.catalog.audit.AuditAction;
import procedo.catalog.audit.AuditEntry;
import procedo.catalog.audit.AuditSubject;
import procedo.catalog.audit.AuditTrail;
import procedo.catalog.error.ConflictException;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.NotAllowedException;
import procedo.catalog.error.Problems;
import procedo.catalog.locality.Locality;
import procedo.catalog.locality.LocalityRepository;
import procedo.catalog.procedure.ProcedureService;
import procedo.catalog.text.Text;
import procedo.engine.CaseMark;
import procedo.engine.DeployedWorkflow;
import procedo.engine.WorkflowEngine;
import procedo.modeler.workflow.GoLiveGate;

/**
 * Moves procedures' workflows through their stages and says what each stage allows.
 * <p>
 * The rules of a move: the first move of a procedure may record any stage (a workflow already running nationwide is
 * recorded as in ROLLOUT); afterwards a workflow moves forward one stage at a time (design → test → pilot →
 * rollout), or back to any earlier stage with a reason; a PILOT names at least one and not every province (a pilot
 * of every province is a rollout), and may be moved again to change its provinces. Every move names the version of
 * the stage it was made on (409 when another move came first), is recorded with who and when, and goes to the audit
 * trail. Only central staff move stages.
 * <p>
 * What a stage allows ({@link GoLiveGate}): in DESIGN and TEST no real dossier is received (training and
 * simulated cases are); in PILOT the workflow is deployed only in the pilot provinces — a nationwide deployment or
 * one in another province is refused, not warned, since its dossiers would be counted neither as the pilot nor
 * fairly as "elsewhere" — while the other provinces go on with the workflow deployed before the pilot, if any (their
 * dossiers are the comparison's "elsewhere"); in ROLLOUT everything is allowed. A procedure without any recorded
 * stage is not managed in stages and everything is allowed. Cases already running go on to their end whatever the
 * stage. Moves are dated by the workflow engine's clock when it runs, so that they line up with its cases.
 */
public final class StageService implements GoLiveGate {

    /** The longest reason, in characters. */
    static final int MAX_REASON = 2000;

    private final StageRepository moves;
    private final ProcedureService procedures;
    private final LocalityRepository localities;
    private final AuditTrail audit;
    private final Supplier<Optional<WorkflowEngine>> engine;
    private final Clock clock;

    public StageService(StageRepository moves, ProcedureService procedures, LocalityRepository localities,
                        AuditTrail audit, Supplier<Optional<WorkflowEngine>> engine, Clock clock) {
        this.moves = moves;
        this.procedures = procedures;
        this.localities = localities;
        this.audit = audit;
        this.engine = engine;
        this.clock = clock;
    }

    /** Where the procedure's workflow stands, with every move. */
    public StageHistory history(String code) {
        String name = procedures.get(code).name();
        List<StageMove> all = moves.moves(code);
        StageMove current = all.isEmpty() ? null : all.get(all.size() - 1);
        List<StageMove> newestFirst = new ArrayList<>(all);
        java.util.Collections.reverse(newestFirst);
        Set<String> named = all.stream().flatMap(m -> m.provinces().stream()).collect(Collectors.toSet());
        return new StageHistory(code, name, current == null ? null : current.stage(),
                current == null ? 0 : current.version(), current == null ? List.of() : current.provinces(),
                current == null ? null : current.movedAt(), newestFirst, names(named));
    }

    /** The current stage of every procedure managed in stages, by procedure code. */
    public Map<String, StageMove> currentStages() {
        return moves.currentOfAll();
    }

    /** What moving the procedure's workflow into {@code change}'s stage would do and what would refuse it. */
    public StagePreview preview(String code, StageChange change) {
        String name = procedures.get(code).name();
        Optional<StageMove> current = moves.current(code);
        Stage to = Stage.parse(change.stage()).orElse(null);
        List<Text> refusals = new ArrayList<>();
        Problems problems = new Problems();
        List<String> provinces = provinces(to, change.provinces(), problems);
        problems.list().forEach(p -> refusals.add(p.text()));
        if (to == null) {
            refusals.add(Text.of("modeler.golive.unknownStage", String.valueOf(change.stage())));
        } else {
            transitionRefusal(current.orElse(null), to, provinces, change.reason()).ifPresent(refusals::add);
        }
        List<DeployedWorkflow> latest = deployed(code);
        List<StagePreview.Deployment> effects = latest.stream().sorted(Comparator.comparing(
                        (DeployedWorkflow w) -> w.locality() == null ? "" : w.locality()))
                .map(w -> new StagePreview.Deployment(w.workflowId(), w.locality(), w.version(), w.coverage(),
                        w.suspended(), w.activeCases(), !w.suspended() && to != null && to.takesRealDossiers()))
                .toList();
        long active = engine.get().map(e -> e.deployments(code).stream().mapToLong(DeployedWorkflow::activeCases)
                .sum()).orElse(0L);
        Set<String> named = new TreeSet<>(provinces);
        latest.stream().map(DeployedWorkflow::locality).filter(Objects::nonNull).forEach(named::add);
        return new StagePreview(code, name, current.map(StageMove::stage).orElse(null),
                current.map(StageMove::version).orElse(0), to, provinces, names(named),
                to == null ? null : realDossiers(to, provinces), effects, active, refusals);
    }

    /**
     * Moves the procedure's workflow into {@code change}'s stage, as {@code by}.
     *
     * @throws InvalidInputException  for an unknown stage, wrong provinces, a missing or too long reason
     * @throws ConflictException      for a move the order of stages does not allow, a withdrawn procedure, or a
     *                                version that is not the current one
     * @throws NotAllowedException    when {@code by} is not central staff
     */
    public StageHistory move(String code, StageChange change, Principal by) {
        if (!by.isCentral()) {
            throw new NotAllowedException(Text.of("modeler.golive.mayNotMove", by.username()));
        }
        procedures.get(code);
        procedures.withdrawal(code).ifPresent(w -> {
            throw new ConflictException(Text.of("modeler.golive.withdrawn", code));
        });
        Problems problems = new Problems();
        Stage to = Stage.parse(change.stage()).orElse(null);
        problems.addIf(change.stage() == null || change.stage().isBlank(), "stage", Text.of("catalog.problem.required"));
        problems.addIf(change.stage() != null && !change.stage().isBlank() && to == null, "stage",
                Text.of("modeler.golive.unknownStage", String.valueOf(change.stage())));
        List<String> provinces = provinces(to, change.provinces(), problems);
        String reason = change.reason() == null || change.reason().isBlank() ? null : change.reason().strip();
        problems.addIf(reason != null && reason.length() > MAX_REASON, "reason",
                Text.of("catalog.problem.tooLong", MAX_REASON));
        problems.addIf(change.version() == null, "version", Text.of("modeler.version.required"));
        problems.throwIfAny();
        return audit.inTransaction(() -> {
            Optional<StageMove> current = moves.current(code);
            int version = current.map(StageMove::version).orElse(0);
            if (change.version() != version) {
                throw new ConflictException(Text.of("modeler.golive.stale", code, version, change.version()));
            }
            transitionRefusal(current.orElse(null), to, provinces, reason).ifPresent(refusal -> {
                if (refusal.key().equals("modeler.golive.reasonToGoBack")) {
                    throw InvalidInputException.of("reason", refusal);
                }
                throw new ConflictException(refusal);
            });
            Instant at = engine.get().map(WorkflowEngine::now).orElse(clock.instant());
            StageMove move = new StageMove(code, version + 1, to, provinces, reason, by.username(),
                    by.actor().displayName(), at.truncatedTo(ChronoUnit.MILLIS));
            moves.append(move);
            audit.record(AuditEntry.of(by.actor(), AuditAction.WORKFLOW_STAGE_CHANGED,
                    AuditSubject.of("stage", code)).procedure(code).before(current.orElse(null)).after(move));
            return history(code);
        });
    }

    // ---------------------------------------------------------------- the gate

    @Override
    public void checkDeployment(String procedureCode, String locality) {
        moves.current(procedureCode).filter(m -> m.stage() == Stage.PILOT)
                .filter(m -> locality == null || !m.provinces().contains(locality))
                .ifPresent(m -> {
                    throw new ConflictException(locality == null
                            ? Text.of("modeler.golive.pilotNotNationwide", procedureCode, provinceList(m.provinces()))
                            : Text.of("modeler.golive.deployOutsidePilot", procedureCode, provinceName(locality),
                            provinceList(m.provinces())));
                });
    }

    @Override
    public void checkCase(String procedureCode, String locality, CaseMark mark) {
        if (mark != null) {
            return;
        }
        moves.current(procedureCode).ifPresent(m -> {
            if (!m.stage().takesRealDossiers()) {
                throw new ConflictException(Text.of("modeler.golive.trainingOnly", procedureCode, m.stage()));
            }
        });
    }

    // ---------------------------------------------------------------- rules

    /** Why moving from {@code current} to {@code to} is refused by the order of stages; empty when it is allowed. */
    private static Optional<Text> transitionRefusal(StageMove current, Stage to, List<String> provinces,
                                                    String reason) {
        if (current == null || to == null) {
            return Optional.empty();
        }
        Stage from = current.stage();
        if (from == to) {
            return to == Stage.PILOT && !Set.copyOf(provinces).equals(Set.copyOf(current.provinces()))
                    ? Optional.empty() : Optional.of(Text.of("modeler.golive.already", to));
        }
        if (to.ordinal() < from.ordinal()) {
            return reason == null || reason.isBlank() ? Optional.of(Text.of("modeler.golive.reasonToGoBack", from, to))
                    : Optional.empty();
        }
        Stage next = from.next().orElseThrow();
        return next == to ? Optional.empty() : Optional.of(Text.of("modeler.golive.oneAtATime", from, next, to));
    }

    /** The pilot provinces of a move, sorted: checked for a PILOT, refused for any other stage. */
    private List<String> provinces(Stage to, List<String> asked, Problems problems) {
        List<String> given = asked.stream().map(p -> p == null ? "" : p.strip()).toList();
        if (to != Stage.PILOT) {
            problems.addIf(to != null && !given.isEmpty(), "provinces", Text.of("modeler.golive.provincesOnlyForPilot"));
            return List.of();
        }
        problems.addIf(given.isEmpty(), "provinces", Text.of("modeler.golive.pilotNeedsProvince"));
        Set<String> seen = new TreeSet<>();
        for (int i = 0; i < given.size(); i++) {
            String code = given.get(i);
            if (province(code) == null) {
                problems.add("provinces[" + i + "]", Text.of("modeler.workflow.unknownProvince", code));
            } else if (!seen.add(code)) {
                problems.add("provinces[" + i + "]", Text.of("modeler.golive.provinceTwice", provinceName(code)));
            }
        }
        long all = localities.localities().stream().filter(l -> isProvince(l)).count();
        problems.addIf(!seen.isEmpty() && seen.size() >= all, "provinces", Text.of("modeler.golive.pilotEverywhere"));
        return List.copyOf(seen);
    }

    private Text realDossiers(Stage stage, List<String> provinces) {
        return switch (stage) {
            case DESIGN, TEST -> Text.of("modeler.golive.scope.trainingOnly");
            case PILOT -> Text.of("modeler.golive.scope.pilot", provinces.size(), provinceList(provinces));
            case ROLLOUT -> Text.of("modeler.golive.scope.rollout",
                    localities.localities().stream().filter(StageService::isProvince).count());
        };
    }

    /** The latest deployed version of each locality (and the national one) of the procedure. */
    private List<DeployedWorkflow> deployed(String code) {
        Map<String, DeployedWorkflow> latest = new LinkedHashMap<>();
        engine.get().ifPresent(e -> e.deployments(code).forEach(w -> latest.merge(
                w.locality() == null ? "" : w.locality(), w, (a, b) -> a.version() >= b.version() ? a : b)));
        return List.copyOf(latest.values());
    }

    // ---------------------------------------------------------------- provinces

    private Map<String, String> names(Set<String> codes) {
        Map<String, String> names = new HashMap<>();
        codes.forEach(c -> names.put(c, provinceName(c)));
        return names;
    }

    private String provinceList(List<String> codes) {
        return codes.stream().map(this::provinceName).collect(Collectors.joining(", "));
    }

    private String provinceName(String code) {
        Locality province = province(code);
        return province == null ? String.valueOf(code) : province.name();
    }

    private Locality province(String code) {
        return code == null ? null : localities.locality(code).filter(StageService::isProvince).orElse(null);
    }

    private static boolean isProvince(Locality l) {
        return l.kind().provincial();
    }
}
