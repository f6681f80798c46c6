package procedo.catalog.persistence;

import static procedo.catalog.persistence.jooq.Tables.PLAN_ACTIVITY_EDITS;
import static procedo.catalog.persistence.jooq.Tables.PLAN_MEASURES;
import static procedo.catalog.persistence.jooq.Tables.PLAN_STATUS_CHANGES;
import static procedo.catalog.persistence.jooq.Tables.PROCEDURES;
import static procedo.catalog.persistence.jooq.Tables.SIMPLIFICATION_PLANS;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import procedo.catalog.cost.ActivityKind;
import procedo.catalog.error.ConflictException;
import procedo.catalog.error.NotFoundException;
import procedo.catalog.number.Decimals;
import procedo.catalog.persistence.jooq.tables.records.SimplificationPlansRecord;
import procedo.catalog.plan.ActivityEdit;
import procedo.catalog.plan.Measure;
import procedo.catalog.plan.PlanRepository;
import procedo.catalog.plan.PlanStatus;
import procedo.catalog.plan.SimplificationPlan;
import procedo.catalog.plan.StatusChange;
import procedo.catalog.text.Text;

/** Simplification plans in the catalog's database: one row per plan, its measures, edits and status changes. */
public final class JooqPlanRepository implements PlanRepository {

    private final DSLContext dsl;

    public JooqPlanRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<SimplificationPlan> forProcedure(String procedureCode) {
        return read(PROCEDURES.CODE.eq(procedureCode)).stream()
                .sorted(Comparator.comparing(SimplificationPlan::id).reversed()).toList();
    }

    @Override
    public Optional<SimplificationPlan> find(long id) {
        return read(SIMPLIFICATION_PLANS.ID.eq(id)).stream().findFirst();
    }

    @Override
    public SimplificationPlan create(SimplificationPlan plan) {
        return dsl.transactionResult(() -> {
            long procedureId = ProcedureIds.require(dsl, plan.procedureCode());
            SimplificationPlansRecord row = dsl.newRecord(SIMPLIFICATION_PLANS);
            row.setProcedureId(procedureId);
            row.setTitle(plan.title());
            row.setNote(plan.note());
            row.setStatus(plan.status().name());
            row.setCreatedBy(plan.createdBy());
            row.setCreatedAt(time(plan.createdAt()));
            row.setUpdatedAt(time(plan.updatedAt()));
            row.setLockVersion(1);
            row.store();
            long id = row.getId();
            writeChildren(id, plan);
            int seq = 0;
            for (StatusChange change : plan.history()) {
                insertChange(id, seq++, change);
            }
            return find(id).orElseThrow();
        });
    }

    @Override
    public SimplificationPlan update(long id, SimplificationPlan plan, int expectedVersion) {
        return dsl.transactionResult(() -> {
            SimplificationPlansRecord row = lock(id, expectedVersion);
            row.setTitle(plan.title());
            row.setNote(plan.note());
            row.setUpdatedAt(time(plan.updatedAt()));
            row.setLockVersion(expectedVersion + 1);
            row.update();
            dsl.deleteFrom(PLAN_MEASURES).where(PLAN_MEASURES.PLAN_ID.eq(id)).execute();
            dsl.deleteFrom(PLAN_ACTIVITY_EDITS).where(PLAN_ACTIVITY_EDITS.PLAN_ID.eq(id)).execute();
            writeChildren(id, plan);
            return find(id).orElseThrow();
        });
    }

    @Override
    public SimplificationPlan changeStatus(long id, StatusChange change, int expectedVersion) {
        return dsl.transactionResult(() -> {
            SimplificationPlansRecord row = lock(id, expectedVersion);
            row.setStatus(change.to().name());
            row.setUpdatedAt(time(change.at()));
            row.setLockVersion(expectedVersion + 1);
            row.update();
            Integer last = dsl.select(org.jooq.impl.DSL.max(PLAN_STATUS_CHANGES.SEQ)).from(PLAN_STATUS_CHANGES)
                    .where(PLAN_STATUS_CHANGES.PLAN_ID.eq(id)).fetchOne(0, Integer.class);
            insertChange(id, last == null ? 0 : last + 1, change);
            return find(id).orElseThrow();
        });
    }

    @Override
    public void delete(long id) {
        if (dsl.deleteFrom(SIMPLIFICATION_PLANS).where(SIMPLIFICATION_PLANS.ID.eq(id)).execute() == 0) {
            throw NotFoundException.of("plan", id);
        }
    }

    @Override
    public Map<String, SimplificationPlan> leading(Set<PlanStatus> statuses) {
        Map<String, SimplificationPlan> result = new HashMap<>();
        if (statuses.isEmpty()) {
            return result;
        }
        Comparator<SimplificationPlan> order = Comparator.comparing((SimplificationPlan p) -> p.status().ordinal())
                .thenComparing(SimplificationPlan::updatedAt).thenComparing(SimplificationPlan::id);
        for (SimplificationPlan plan : read(SIMPLIFICATION_PLANS.STATUS.in(statuses.stream().map(Enum::name).toList()))) {
            result.merge(plan.procedureCode(), plan, (a, b) -> order.compare(a, b) >= 0 ? a : b);
        }
        return result;
    }

    private SimplificationPlansRecord lock(long id, int expectedVersion) {
        SimplificationPlansRecord row = dsl.selectFrom(SIMPLIFICATION_PLANS).where(SIMPLIFICATION_PLANS.ID.eq(id))
                .forUpdate().fetchOne();
        if (row == null) {
            throw NotFoundException.of("plan", id);
        }
        if (row.getLockVersion() != expectedVersion) {
            throw new ConflictException(Text.of("catalog.plan.stale", id, row.getLockVersion(), expectedVersion));
        }
        return row;
    }

    private void insertChange(long id, int seq, StatusChange change) {
        dsl.insertInto(PLAN_STATUS_CHANGES, PLAN_STATUS_CHANGES.PLAN_ID, PLAN_STATUS_CHANGES.SEQ,
                        PLAN_STATUS_CHANGES.FROM_STATUS, PLAN_STATUS_CHANGES.TO_STATUS, PLAN_STATUS_CHANGES.CHANGED_BY,
                        PLAN_STATUS_CHANGES.CHANGED_AT)
                .values(id, seq, change.from() == null ? null : change.from().name(), change.to().name(), change.by(),
                        time(change.at()))
                .execute();
    }

    private void writeChildren(long id, SimplificationPlan plan) {
        int seq = 0;
        for (Measure m : plan.measures()) {
            var insert = dsl.insertInto(PLAN_MEASURES).set(PLAN_MEASURES.PLAN_ID, id).set(PLAN_MEASURES.SEQ, seq++)
                    .set(PLAN_MEASURES.KIND, m.kindName());
            if (m instanceof Measure.RemoveComponent r) {
                insert = insert.set(PLAN_MEASURES.COMPONENT_NAME, r.component());
            } else if (m instanceof Measure.OnceOnly o) {
                insert = insert.set(PLAN_MEASURES.COMPONENT_NAME, o.component()).set(PLAN_MEASURES.DATABASE_NAME, o.database());
            } else if (m instanceof Measure.CutProcessingTime t) {
                insert = insert.set(PLAN_MEASURES.DAYS, t.days());
            } else if (m instanceof Measure.CutFee f) {
                insert = insert.set(PLAN_MEASURES.PERCENT, f.percent());
            } else if (m instanceof Measure.Merge g) {
                insert = insert.set(PLAN_MEASURES.LINKED_CODES, String.join("\n", g.linkedCodes()))
                        .set(PLAN_MEASURES.SERVICE_NAME, g.serviceName());
            }
            insert.execute();
        }
        seq = 0;
        for (ActivityEdit e : plan.edits()) {
            dsl.insertInto(PLAN_ACTIVITY_EDITS)
                    .set(PLAN_ACTIVITY_EDITS.PLAN_ID, id).set(PLAN_ACTIVITY_EDITS.SEQ, seq++)
                    .set(PLAN_ACTIVITY_EDITS.NAME, e.name())
                    .set(PLAN_ACTIVITY_EDITS.KIND, e.kind() == null ? null : e.kind().name())
                    .set(PLAN_ACTIVITY_EDITS.HOURS, e.hours())
                    .set(PLAN_ACTIVITY_EDITS.OUT_OF_POCKET_VND, e.outOfPocketVnd())
                    .set(PLAN_ACTIVITY_EDITS.SHARE, e.share())
                    .set(PLAN_ACTIVITY_EDITS.REMOVED, e.removed())
                    .execute();
        }
    }

    private List<SimplificationPlan> read(Condition condition) {
        List<Record> rows = dsl.select(SIMPLIFICATION_PLANS.fields()).select(PROCEDURES.CODE)
                .from(SIMPLIFICATION_PLANS).join(PROCEDURES).on(PROCEDURES.ID.eq(SIMPLIFICATION_PLANS.PROCEDURE_ID))
                .where(condition).orderBy(SIMPLIFICATION_PLANS.ID).fetch().stream().map(r -> (Record) r).toList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> r.get(SIMPLIFICATION_PLANS.ID)).toList();
        Map<Long, List<Measure>> measures = new HashMap<>();
        dsl.selectFrom(PLAN_MEASURES).where(PLAN_MEASURES.PLAN_ID.in(ids)).orderBy(PLAN_MEASURES.PLAN_ID, PLAN_MEASURES.SEQ)
                .forEach(m -> measures.computeIfAbsent(m.getPlanId(), k -> new ArrayList<>()).add(switch (m.getKind()) {
                    case "REMOVE_COMPONENT" -> new Measure.RemoveComponent(m.getComponentName());
                    case "ONCE_ONLY" -> new Measure.OnceOnly(m.getComponentName(), m.getDatabaseName());
                    case "ONLINE" -> new Measure.Online();
                    case "CUT_PROCESSING_TIME" -> new Measure.CutProcessingTime(m.getDays());
                    case "CUT_FEE" -> new Measure.CutFee(plain(m.getPercent()));
                    case "MERGE" -> new Measure.Merge(m.getLinkedCodes() == null || m.getLinkedCodes().isEmpty()
                            ? List.of() : Arrays.asList(m.getLinkedCodes().split("\n")), m.getServiceName());
                    default -> throw new IllegalStateException("unknown measure kind " + m.getKind());
                }));
        Map<Long, List<ActivityEdit>> edits = new HashMap<>();
        dsl.selectFrom(PLAN_ACTIVITY_EDITS).where(PLAN_ACTIVITY_EDITS.PLAN_ID.in(ids))
                .orderBy(PLAN_ACTIVITY_EDITS.PLAN_ID, PLAN_ACTIVITY_EDITS.SEQ)
                .forEach(e -> edits.computeIfAbsent(e.getPlanId(), k -> new ArrayList<>()).add(new ActivityEdit(
                        e.getName(), e.getKind() == null ? null : ActivityKind.valueOf(e.getKind()), plain(e.getHours()),
                        plain(e.getOutOfPocketVnd()), plain(e.getShare()), Boolean.TRUE.equals(e.getRemoved()))));
        Map<Long, List<StatusChange>> history = new HashMap<>();
        dsl.selectFrom(PLAN_STATUS_CHANGES).where(PLAN_STATUS_CHANGES.PLAN_ID.in(ids))
                .orderBy(PLAN_STATUS_CHANGES.PLAN_ID, PLAN_STATUS_CHANGES.SEQ)
                .forEach(c -> history.computeIfAbsent(c.getPlanId(), k -> new ArrayList<>()).add(new StatusChange(
                        c.getFromStatus() == null ? null : PlanStatus.valueOf(c.getFromStatus()),
                        PlanStatus.valueOf(c.getToStatus()), c.getChangedBy(), instant(c.getChangedAt()))));
        List<SimplificationPlan> result = new ArrayList<>();
        for (Record r : rows) {
            long id = r.get(SIMPLIFICATION_PLANS.ID);
            result.add(new SimplificationPlan(id, r.get(PROCEDURES.CODE), r.get(SIMPLIFICATION_PLANS.TITLE),
                    r.get(SIMPLIFICATION_PLANS.NOTE), PlanStatus.valueOf(r.get(SIMPLIFICATION_PLANS.STATUS)),
                    measures.getOrDefault(id, List.of()), edits.getOrDefault(id, List.of()),
                    history.getOrDefault(id, List.of()), r.get(SIMPLIFICATION_PLANS.CREATED_BY),
                    instant(r.get(SIMPLIFICATION_PLANS.CREATED_AT)), instant(r.get(SIMPLIFICATION_PLANS.UPDATED_AT)),
                    r.get(SIMPLIFICATION_PLANS.LOCK_VERSION)));
        }
        return result;
    }

    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : Decimals.plain(value);
    }

    private static LocalDateTime time(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime time) {
        return time.toInstant(ZoneOffset.UTC);
    }
}
