package procedo.catalog.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import procedo.catalog.account.Actor;
import procedo.catalog.audit.AuditAction;
import procedo.catalog.audit.AuditEntry;
import procedo.catalog.audit.AuditSubject;
import procedo.catalog.audit.AuditTrail;
import procedo.catalog.assessment.CatalogAssessment;
import procedo.catalog.assessment.CostBasis;
import procedo.catalog.assessment.Scope;
import procedo.catalog.cost.ActivityKind;
import procedo.catalog.cost.ComplianceCostCalculator;
import procedo.catalog.cost.CostComparison;
import procedo.catalog.cost.CostInput;
import procedo.catalog.cost.Quantity;
import procedo.catalog.error.ConflictException;
import procedo.catalog.error.NotAllowedException;
import procedo.catalog.error.NotFoundException;
import procedo.catalog.error.Problems;
import procedo.catalog.number.Decimals;
import procedo.catalog.procedure.DossierComponent;
import procedo.catalog.procedure.Procedure;
import procedo.catalog.procedure.ProcedureService;
import procedo.catalog.text.Text;

/**
 * Simplification plans: validated changes, the status workflow, before/after previews computed with the same
 * {@link ComplianceCostCalculator} and cost basis as the rest of the catalog, and suggestions.
 * <p>
 * When a plan becomes APPROVED (or IMPLEMENTED), its derived to-be activities become the procedure's designed
 * to-be activities, so that ranking, portfolio and the procedure's cost use them.
 * <p>
 * Every change (create, update, delete, status) is recorded in the audit trail in its own transaction.
 */
public final class PlanService {

    private static final int MAX_MEASURES = 50;
    private static final BigDecimal MAX_HOURS = new BigDecimal("10000");
    private static final BigDecimal MAX_VND = new BigDecimal("1000000000000");

    private final PlanRepository plans;
    private final ProcedureService procedures;
    private final CatalogAssessment assessment;
    private final Clock clock;
    private final AuditTrail audit;
    private final PlanDerivation derivation = new PlanDerivation();
    private final ComplianceCostCalculator calculator = new ComplianceCostCalculator();

    public PlanService(PlanRepository plans, ProcedureService procedures, CatalogAssessment assessment,
                       AuditTrail audit, Clock clock) {
        this.plans = plans;
        this.audit = audit;
        this.procedures = procedures;
        this.assessment = assessment;
        this.clock = clock;
    }

    public List<SimplificationPlan> forProcedure(String code) {
        procedures.get(code);
        return plans.forProcedure(code);
    }

    public SimplificationPlan get(long id) {
        return plans.find(id).orElseThrow(() -> NotFoundException.of("plan", id));
    }

    public SimplificationPlan create(String code, PlanRequest request, Actor actor) {
        Procedure procedure = procedures.get(code);
        Problems problems = new Problems();
        List<Measure> measures = validate(problems, procedure, request);
        problems.throwIfAny();
        Instant now = now();
        SimplificationPlan plan = new SimplificationPlan(0, procedure.code(), request.title().trim(), request.note(),
                PlanStatus.DRAFT, measures, request.edits(),
                List.of(new StatusChange(null, PlanStatus.DRAFT, actor.username(), now)),
                actor.username(), now, now, 0);
        return audit.inTransaction(() -> {
            SimplificationPlan created = plans.create(plan);
            audit.record(entry(actor, AuditAction.PLAN_CREATED, created).after(created));
            return created;
        });
    }

    public SimplificationPlan update(long id, PlanRequest request, Actor actor) {
        SimplificationPlan current = get(id);
        if (!current.status().editable()) {
            throw new ConflictException(Text.of("catalog.plan.notEditable", id, current.status().text()));
        }
        Procedure procedure = procedures.get(current.procedureCode());
        Problems problems = new Problems();
        if (request.version() == null || request.version() < 1) {
            problems.add("version", Text.of("catalog.plan.versionRequired"));
        }
        List<Measure> measures = validate(problems, procedure, request);
        problems.throwIfAny();
        SimplificationPlan changed = new SimplificationPlan(id, current.procedureCode(), request.title().trim(),
                request.note(), current.status(), measures, request.edits(), current.history(), current.createdBy(),
                current.createdAt(), now(), current.version());
        return audit.inTransaction(() -> {
            SimplificationPlan updated = plans.update(id, changed, request.version());
            audit.record(entry(actor, AuditAction.PLAN_UPDATED, updated).before(current).after(updated));
            return updated;
        });
    }

    public void delete(long id, Actor actor) {
        SimplificationPlan current = get(id);
        if (!current.status().editable()) {
            throw new ConflictException(Text.of("catalog.plan.kept", id, current.status().text()));
        }
        audit.inTransaction(() -> {
            plans.delete(id);
            audit.record(entry(actor, AuditAction.PLAN_DELETED, current).before(current));
            return null;
        });
    }

    private static AuditEntry entry(Actor actor, AuditAction action, SimplificationPlan plan) {
        return AuditEntry.of(actor, action, AuditSubject.of("plan", plan.id())).procedure(plan.procedureCode());
    }

    /**
     * Moves the plan to {@code status} if the workflow allows it (409 otherwise), recording who (the actor's
     * display name) and when. An adopting status also makes the plan's to-be the procedure's, recorded as that
     * procedure's update in the same transaction.
     */
    public SimplificationPlan changeStatus(long id, String status, Actor actor, Integer version) {
        Problems problems = new Problems();
        PlanStatus target = null;
        try {
            target = status == null ? null : PlanStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            target = null;
        }
        if (target == null) {
            problems.add("status", Text.of("catalog.plan.statusValues"));
        }
        problems.throwIfAny();
        String by = actor.username();
        SimplificationPlan current = get(id);
        if (version != null && version != current.version()) {
            throw new ConflictException(Text.of("catalog.plan.changedSince", id, version, current.version()));
        }
        if (!current.status().next().contains(target)) {
            throw new ConflictException(current.status().next().isEmpty()
                    ? Text.of("catalog.plan.finalStatus", id, current.status().text(), target.text())
                    : Text.of("catalog.plan.badTransition", id, current.status().text(), target.text(),
                            Text.join(current.status().next().stream().sorted().map(PlanStatus::text).toList())));
        }
        PlanStatus to = target;
        if (to == PlanStatus.APPROVED) {
            current.history().stream().filter(change -> change.to() == PlanStatus.PROPOSED)
                    .reduce((first, second) -> second)
                    .filter(proposal -> proposal.by().equals(by.trim()))
                    .ifPresent(proposal -> {
                        throw new NotAllowedException(Text.of("catalog.plan.sameApprover", id, proposal.by()));
                    });
        }
        if (to.adopted()) {
            Procedure procedure = procedures.get(current.procedureCode());
            DerivedToBe toBe = derive(procedure, current);
            return audit.inTransaction(() -> {
                SimplificationPlan changed = plans.changeStatus(id, new StatusChange(current.status(), to, by, now()),
                        current.version());
                // the procedure's row is locked before the trail's head, as every change locks its rows first
                procedures.update(procedure.code(), withToBe(procedure, toBe), procedure.version(), actor);
                audit.record(entry(actor, AuditAction.PLAN_STATUS_CHANGED, changed).before(current).after(changed));
                return changed;
            });
        }
        return audit.inTransaction(() -> {
            SimplificationPlan changed = plans.changeStatus(id, new StatusChange(current.status(), to, by, now()),
                    current.version());
            audit.record(entry(actor, AuditAction.PLAN_STATUS_CHANGED, changed).before(current).after(changed));
            return changed;
        });
    }

    /** The plan's before and after, national scope. */
    public PlanPreview preview(long id) {
        return preview(get(id));
    }

    /** The before/after figures of a plan already read (national scope). */
    public PlanPreview preview(SimplificationPlan plan) {
        Procedure procedure = procedures.get(plan.procedureCode());
        CostBasis basis = assessment.costBasis(procedure.code(), Scope.NATIONAL);
        DerivedToBe toBe = derivation.derive(procedure, basis.feesVnd(), basis.onlineFeesVnd(), plan.measures(), plan.edits());
        CostComparison comparison = compare(procedure, basis, toBe);
        return new PlanPreview(plan.id(), procedure.code(), procedure.name(), plan.status(), basis, toBe, comparison,
                Saving.of(comparison), procedure.processingDays(), toBe.processingDays());
    }

    /**
     * Per procedure with a plan, its leading plan (the most advanced status, then the latest change) and that
     * plan's annual saving, national scope; ordered by procedure code.
     */
    public List<PlanSaving> savings() {
        return plans.leading(java.util.EnumSet.allOf(PlanStatus.class)).values().stream()
                .sorted(java.util.Comparator.comparing(SimplificationPlan::procedureCode))
                .map(plan -> {
                    Saving saving = preview(plan).saving();
                    return new PlanSaving(plan.procedureCode(), plan.id(), plan.status(), saving.savingVnd(),
                            saving.savingPercent());
                })
                .toList();
    }

    /** The to-be of {@code plan} for {@code procedure} with the fees of {@code basis}. */
    public DerivedToBe derive(Procedure procedure, CostBasis basis, SimplificationPlan plan) {
        return derivation.derive(procedure, basis.feesVnd(), basis.onlineFeesVnd(), plan.measures(), plan.edits());
    }

    private DerivedToBe derive(Procedure procedure, SimplificationPlan plan) {
        return derive(procedure, assessment.costBasis(procedure.code(), Scope.NATIONAL), plan);
    }

    /** The as-is and the to-be of one procedure, computed by the Standard Cost Model on the same basis. */
    public CostComparison compare(Procedure procedure, CostBasis basis, DerivedToBe toBe) {
        Quantity quantity = Quantity.recorded(basis.dossiersPerYear());
        return calculator.compare(
                new CostInput(basis.tariffVndPerHour(), quantity, basis.feesVnd(), procedure.asIsActivities()),
                new CostInput(basis.tariffVndPerHour(), quantity, toBe.feesVnd(), toBe.plainActivities()));
    }

    /**
     * The measures the procedure's data supports, each with what it alone would save per year (national scope):
     * once-only for every component marked reusable from a national database, online submission and delivery when
     * the applicant still travels or waits, and a fee waiver when fees are charged.
     */
    public List<Suggestion> suggestions(String code) {
        Procedure procedure = procedures.get(code);
        CostBasis basis = assessment.costBasis(procedure.code(), Scope.NATIONAL);
        List<Suggestion> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (DossierComponent c : procedure.dossierComponents()) {
            if (c.reusableFrom() != null && !c.reusableFrom().isBlank() && seen.add(c.name())) {
                result.add(suggest(procedure, basis, new Measure.OnceOnly(c.name(), c.reusableFrom()),
                        "the data can be reused from " + c.reusableFrom()));
            }
        }
        boolean atCounter = procedure.asIsActivities().stream()
                .anyMatch(a -> a.kind() == ActivityKind.TRAVEL || a.kind() == ActivityKind.WAIT);
        if (atCounter) {
            result.add(suggest(procedure, basis, new Measure.Online(),
                    "applicants still travel to or wait at the counter (online level " + procedure.onlineLevel() + ")"));
        }
        if (basis.feesVnd().signum() > 0) {
            result.add(suggest(procedure, basis, new Measure.CutFee(BigDecimal.valueOf(100)),
                    "fees of " + basis.feesVnd().toPlainString() + " VND per dossier are charged"));
        }
        return result;
    }

    private Suggestion suggest(Procedure procedure, CostBasis basis, Measure measure, String reason) {
        DerivedToBe toBe = derivation.derive(procedure, basis.feesVnd(), basis.onlineFeesVnd(), List.of(measure), List.of());
        Saving saving = Saving.of(compare(procedure, basis, toBe));
        return new Suggestion(measure, reason, saving.savingVnd(), saving.savingPercent());
    }

    private static Procedure withToBe(Procedure p, DerivedToBe toBe) {
        return new Procedure(p.code(), p.name(), p.field(), p.level(), p.agencyCode(), p.localityCode(),
                p.applicantType(), p.processingDays(), p.onlineLevel(), p.legalBasis(), p.decision(), p.status(),
                p.formerCode(), p.validFrom(), p.effortDays(), p.applicantPopulation(), p.frequencyPerYear(),
                p.dossierComponents(), p.fees(), p.asIsActivities(), toBe.plainActivities(), p.version());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Every problem of the request, located; returns the measures with defaults filled in. */
    private List<Measure> validate(Problems problems, Procedure procedure, PlanRequest request) {
        problems.checkText("title", request.title(), 500);
        if (request.note() != null && request.note().length() > 4000) {
            problems.add("note", Text.of("catalog.problem.tooLong", 4000));
        }
        List<Measure> measures = Objects.requireNonNullElse(request.measures(), List.of());
        List<Measure> result = new ArrayList<>();
        if (measures.size() > MAX_MEASURES) {
            problems.add("measures", Text.of("catalog.plan.tooManyMeasures", MAX_MEASURES));
            return result;
        }
        Set<String> components = new HashSet<>();
        Set<String> kinds = new HashSet<>();
        for (int i = 0; i < measures.size(); i++) {
            Measure m = measures.get(i);
            String at = "measures[" + i + "]";
            if (m == null) {
                problems.add(at, Text.of("catalog.problem.required"));
                continue;
            }
            if (m instanceof Measure.RemoveComponent r) {
                component(problems, at, procedure, r.component(), components);
                result.add(r);
            } else if (m instanceof Measure.OnceOnly o) {
                DossierComponent c = component(problems, at, procedure, o.component(), components);
                String database = o.database() != null && !o.database().isBlank() ? o.database().trim()
                        : c == null ? null : c.reusableFrom();
                if (database == null || database.isBlank()) {
                    problems.add(at + ".database", Text.of("catalog.plan.databaseRequired"));
                } else if (database.length() > 64) {
                    problems.add(at + ".database", Text.of("catalog.problem.tooLong", 64));
                }
                result.add(new Measure.OnceOnly(o.component(), database));
            } else if (m instanceof Measure.Online o) {
                once(problems, at, kinds, m);
                result.add(o);
            } else if (m instanceof Measure.CutProcessingTime t) {
                once(problems, at, kinds, m);
                if (t.days() == null || t.days() < 0) {
                    problems.add(at + ".days", Text.of("catalog.plan.daysRequired"));
                } else if (procedure.processingDays() != null && t.days() >= procedure.processingDays()) {
                    problems.add(at + ".days", Text.of("catalog.plan.daysNotLess", procedure.processingDays()));
                }
                result.add(t);
            } else if (m instanceof Measure.CutFee f) {
                once(problems, at, kinds, m);
                if (f.percent() == null || f.percent().signum() <= 0 || f.percent().compareTo(BigDecimal.valueOf(100)) > 0
                        || Decimals.places(f.percent()) > 2) {
                    problems.add(at + ".percent", Text.of("catalog.plan.percent"));
                }
                result.add(f);
            } else if (m instanceof Measure.Merge g) {
                problems.checkText(at + ".serviceName", g.serviceName(), 500);
                if (g.linkedCodes().isEmpty()) {
                    problems.add(at + ".linkedCodes", Text.of("catalog.plan.linkedRequired"));
                }
                Set<String> linked = new HashSet<>();
                for (int j = 0; j < g.linkedCodes().size(); j++) {
                    String code = g.linkedCodes().get(j);
                    String where = at + ".linkedCodes[" + j + "]";
                    if (code == null || code.isBlank()) {
                        problems.add(where, Text.of("catalog.problem.required"));
                    } else if (code.equals(procedure.code())) {
                        problems.add(where, Text.of("catalog.plan.linkedSelf"));
                    } else if (!linked.add(code)) {
                        problems.add(where, Text.of("catalog.plan.linkedTwice"));
                    } else if (!exists(code)) {
                        problems.add(where, Text.of("catalog.problem.unknownProcedure", code));
                    }
                }
                result.add(g);
            }
        }
        List<ActivityEdit> edits = Objects.requireNonNullElse(request.edits(), List.of());
        if (edits.size() > 500) {
            problems.add("edits", Text.of("catalog.plan.tooManyEdits", 500));
        }
        for (int i = 0; i < edits.size() && i < 500; i++) {
            ActivityEdit e = edits.get(i);
            String at = "edits[" + i + "]";
            if (e == null) {
                problems.add(at, Text.of("catalog.problem.required"));
                continue;
            }
            problems.checkText(at + ".name", e.name(), 500);
            problems.checkRange(at + ".hours", e.hours(), MAX_HOURS, 4);
            problems.checkRange(at + ".outOfPocketVnd", e.outOfPocketVnd(), MAX_VND, 2);
            problems.checkRange(at + ".share", e.share(), BigDecimal.ONE, 6);
        }
        return result;
    }

    private boolean exists(String code) {
        try {
            procedures.get(code);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private static void once(Problems problems, String at, Set<String> kinds, Measure m) {
        if (!kinds.add(m.kindName())) {
            problems.add(at, Text.of("catalog.plan.measureOnce", Text.of("catalog.plan.measure." + m.kindName())));
        }
    }

    private static DossierComponent component(Problems problems, String at, Procedure procedure, String name,
                                              Set<String> seen) {
        if (name == null || name.isBlank()) {
            problems.add(at + ".component", Text.of("catalog.plan.componentRequired"));
            return null;
        }
        DossierComponent found = procedure.dossierComponents().stream().filter(c -> c.name().equals(name))
                .findFirst().orElse(null);
        if (found == null) {
            problems.add(at + ".component", Text.of("catalog.plan.noComponent", procedure.code(), name));
        } else if (!seen.add(name)) {
            problems.add(at + ".component", Text.of("catalog.plan.componentTaken", name));
        }
        return found;
    }
}
