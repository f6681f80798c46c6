package procedo.catalog.persistence;

import static procedo.catalog.persistence.jooq.Tables.DOSSIER_COMPONENTS;
import static procedo.catalog.persistence.jooq.Tables.FEES;
import static procedo.catalog.persistence.jooq.Tables.MEASURED_USAGE;
import static procedo.catalog.persistence.jooq.Tables.PROCEDURES;
import static procedo.catalog.persistence.jooq.Tables.SCM_ACTIVITIES;
import static procedo.catalog.persistence.jooq.Tables.USAGE_STATS;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import procedo.catalog.assessment.CatalogSnapshotSource;
import procedo.catalog.assessment.SnapshotEntry;
import procedo.catalog.assessment.ToBeBasis;
import procedo.catalog.assessment.Volume;
import procedo.catalog.number.Decimals;
import procedo.catalog.procedure.ApplicantType;
import procedo.catalog.procedure.FeeChannel;
import procedo.catalog.locality.Level;
import procedo.catalog.procedure.OnlineLevel;
import procedo.catalog.procedure.Procedure;
import procedo.catalog.procedure.ProcedureStatus;
import procedo.catalog.procedure.Withdrawal;
import procedo.catalog.usage.MeasuredCoverage;
import procedo.catalog.usage.MeasuredUsage;
import procedo.catalog.usage.UsageSource;
import procedo.catalog.usage.UsageStat;

/**
 * Condenses the catalog for ranking with a handful of grouped queries. The activity sums Σ hours × share and
 * Σ out-of-pocket × share are computed exactly by the database's DECIMAL arithmetic.
 */
final class JooqSnapshotSource implements CatalogSnapshotSource {

    private final DSLContext dsl;

    JooqSnapshotSource(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void forEach(Consumer<SnapshotEntry> sink) {
        read(DSL.noCondition(), sink);
    }

    @Override
    public Optional<SnapshotEntry> load(String code) {
        return ProcedureIds.find(dsl, code).flatMap(id -> {
            SnapshotEntry[] found = new SnapshotEntry[1];
            read(PROCEDURES.ID.eq(id), entry -> found[0] = entry);
            return Optional.ofNullable(found[0]);
        });
    }

    private record Sums(BigDecimal asIsHours, BigDecimal asIsOop, BigDecimal onlineHours, BigDecimal onlineOop,
                        BigDecimal toBeHours, BigDecimal toBeOop, int asIsCount, int toBeCount) {
        static final Sums NONE = new Sums(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, 0, 0);
    }

    private record Fees(BigDecimal inPerson, BigDecimal online) {
    }

    private record Components(int count, int reusable) {
    }

    private record Usage(int year, Map<String, Volume> volumes, Set<String> measured) {
    }

    private void read(Condition procedures, Consumer<SnapshotEntry> sink) {
        Condition byProcedure = procedures;
        Map<Long, Sums> sums = activitySums(byProcedure);
        Map<Long, Fees> fees = fees(byProcedure);
        Map<Long, Components> components = components(byProcedure);
        Map<Long, Usage> usage = usage(byProcedure);
        Map<Long, List<MeasuredUsage>> measured = measured(byProcedure);
        try (var rows = dsl.selectFrom(PROCEDURES).where(procedures).orderBy(PROCEDURES.CODE).fetchSize(2000).stream()) {
            rows.forEach(p -> {
                long id = p.getId();
                Sums s = sums.getOrDefault(id, Sums.NONE);
                Fees f = fees.getOrDefault(id, new Fees(BigDecimal.ZERO, BigDecimal.ZERO));
                Components c = components.getOrDefault(id, new Components(0, 0));
                Usage u = usage.getOrDefault(id, new Usage(0, Map.of(), Set.of()));
                boolean designed = s.toBeCount() > 0;
                int effort = p.getEffortDays() != null ? p.getEffortDays()
                        : Procedure.defaultEffortDays(c.count(), s.asIsCount(), p.getProcessingDays());
                sink.accept(new SnapshotEntry(id, p.getCode(), p.getName(), p.getField(),
                        Level.valueOf(p.getProcLevel()), p.getAgencyCode(), p.getLocalityCode(),
                        ApplicantType.valueOf(p.getApplicantType()), OnlineLevel.valueOf(p.getOnlineLevel()),
                        ProcedureStatus.valueOf(p.getStatus()), effort,
                        c.count() == 0 ? 0 : (double) c.reusable() / c.count(), p.getSearchText(),
                        s.asIsHours(), s.asIsOop(),
                        designed ? ToBeBasis.DESIGNED : ToBeBasis.FULL_ONLINE_ESTIMATE,
                        designed ? s.toBeHours() : s.onlineHours(), designed ? s.toBeOop() : s.onlineOop(),
                        f.inPerson(), f.online(),
                        u.year(), u.volumes(), u.measured(), p.getApplicantPopulation(),
                        p.getFrequencyPerYear() == null ? null : Decimals.plain(p.getFrequencyPerYear()),
                        p.getWithdrawnAt() == null ? null : new Withdrawal(p.getWithdrawnAt(),
                                p.getWithdrawnBy() == null ? "" : p.getWithdrawnBy(), p.getWithdrawnReason()),
                        measured.getOrDefault(id, List.of())));
            });
        }
    }

    private Map<Long, Sums> activitySums(Condition byProcedure) {
        Field<BigDecimal> hoursShare = SCM_ACTIVITIES.HOURS.mul(SCM_ACTIVITIES.SHARE);
        Field<BigDecimal> oopShare = SCM_ACTIVITIES.OUT_OF_POCKET_VND.mul(SCM_ACTIVITIES.SHARE);
        Condition asIs = SCM_ACTIVITIES.SCENARIO.eq(JooqProcedureRepository.AS_IS);
        Condition keptOnline = asIs.and(SCM_ACTIVITIES.KIND.notIn("TRAVEL", "WAIT"));
        Condition toBe = SCM_ACTIVITIES.SCENARIO.eq(JooqProcedureRepository.TO_BE);
        Map<Long, Sums> result = new HashMap<>();
        dsl.select(SCM_ACTIVITIES.PROCEDURE_ID,
                        sumWhen(asIs, hoursShare), sumWhen(asIs, oopShare),
                        sumWhen(keptOnline, hoursShare), sumWhen(keptOnline, oopShare),
                        sumWhen(toBe, hoursShare), sumWhen(toBe, oopShare),
                        DSL.count().filterWhere(asIs), DSL.count().filterWhere(toBe))
                .from(SCM_ACTIVITIES)
                .where(of(SCM_ACTIVITIES.PROCEDURE_ID, byProcedure))
                .groupBy(SCM_ACTIVITIES.PROCEDURE_ID)
                .fetchSize(2000)
                .forEach(r -> result.put(r.value1(), new Sums(plain(r.value2()), plain(r.value3()), plain(r.value4()),
                        plain(r.value5()), plain(r.value6()), plain(r.value7()), r.value8(), r.value9())));
        return result;
    }

    /** Restricts a child table to the procedures selected, or to none of them when every procedure is read. */
    private static Condition of(Field<Long> procedureId, Condition procedures) {
        if (procedures.equals(DSL.noCondition())) {
            return DSL.noCondition();
        }
        return procedureId.in(DSL.select(PROCEDURES.ID).from(PROCEDURES).where(procedures));
    }

    private static Field<BigDecimal> sumWhen(Condition condition, Field<BigDecimal> value) {
        return DSL.coalesce(DSL.sum(DSL.when(condition, value).otherwise(BigDecimal.ZERO)), BigDecimal.ZERO);
    }

    private static BigDecimal plain(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : Decimals.plain(value);
    }

    /**
     * Fees per dossier at the counter and online. A fee line with no online amount of the same name costs its
     * counter amount online too.
     */
    private Map<Long, Fees> fees(Condition byProcedure) {
        Map<Long, Map<String, BigDecimal[]>> byName = new HashMap<>();
        dsl.select(FEES.PROCEDURE_ID, FEES.CHANNEL, FEES.NAME, FEES.AMOUNT_VND)
                .from(FEES)
                .where(of(FEES.PROCEDURE_ID, byProcedure))
                .forEach(r -> {
                    int slot = FeeChannel.ONLINE.name().equals(r.value2()) ? 1
                            : FeeChannel.IN_PERSON.name().equals(r.value2()) ? 0 : -1;
                    if (slot >= 0) {
                        BigDecimal[] amounts = byName.computeIfAbsent(r.value1(), id -> new HashMap<>())
                                .computeIfAbsent(r.value3(), name -> new BigDecimal[2]);
                        amounts[slot] = amounts[slot] == null ? r.value4() : amounts[slot].add(r.value4());
                    }
                });
        Map<Long, Fees> result = new HashMap<>();
        byName.forEach((id, lines) -> {
            BigDecimal inPerson = BigDecimal.ZERO;
            BigDecimal online = BigDecimal.ZERO;
            for (BigDecimal[] amounts : lines.values()) {
                BigDecimal counter = amounts[0] == null ? BigDecimal.ZERO : amounts[0];
                inPerson = inPerson.add(counter);
                online = online.add(amounts[1] == null ? counter : amounts[1]);
            }
            result.put(id, new Fees(plain(inPerson), plain(online)));
        });
        return result;
    }

    private Map<Long, Components> components(Condition byProcedure) {
        Map<Long, Components> result = new HashMap<>();
        dsl.select(DOSSIER_COMPONENTS.PROCEDURE_ID, DSL.count(),
                        DSL.count().filterWhere(DOSSIER_COMPONENTS.REUSABLE_FROM.isNotNull()
                                .and(DOSSIER_COMPONENTS.REUSABLE_FROM.ne(""))))
                .from(DOSSIER_COMPONENTS)
                .where(of(DOSSIER_COMPONENTS.PROCEDURE_ID, byProcedure))
                .groupBy(DOSSIER_COMPONENTS.PROCEDURE_ID)
                .forEach(r -> result.put(r.value1(), new Components(r.value2(), r.value3())));
        return result;
    }

    /** Per procedure, what its deployed workflows measured, kept apart from the statistics. */
    private Map<Long, List<MeasuredUsage>> measured(Condition byProcedure) {
        Map<Long, List<MeasuredUsage>> result = new HashMap<>();
        dsl.select(MEASURED_USAGE.fields()).select(PROCEDURES.CODE).from(MEASURED_USAGE).join(PROCEDURES)
                .on(PROCEDURES.ID.eq(MEASURED_USAGE.PROCEDURE_ID))
                .where(of(MEASURED_USAGE.PROCEDURE_ID, byProcedure))
                .orderBy(MEASURED_USAGE.LOCALITY_CODE, MEASURED_USAGE.STAT_YEAR)
                .forEach(r -> result.computeIfAbsent(r.get(MEASURED_USAGE.PROCEDURE_ID), id -> new ArrayList<>())
                        .add(MeasuredUsage.of(r.get(PROCEDURES.CODE), r.get(MEASURED_USAGE.LOCALITY_CODE),
                                r.get(MEASURED_USAGE.STAT_YEAR),
                                MeasuredCoverage.valueOf(r.get(MEASURED_USAGE.COVERAGE)),
                                r.get(MEASURED_USAGE.DOSSIERS_TOTAL), r.get(MEASURED_USAGE.DOSSIERS_ONLINE),
                                r.get(MEASURED_USAGE.DOSSIERS_ON_TIME), r.get(MEASURED_USAGE.COVERED_DAYS),
                                r.get(MEASURED_USAGE.STANDS_FOR_YEAR),
                                r.get(MEASURED_USAGE.MEASURED_AT).toInstant(java.time.ZoneOffset.UTC))));
        return result;
    }

    /**
     * Per procedure and locality, the figures of that locality's latest year, the most trustworthy source of that
     * year winning (MEASURED over IMPORTED over ESTIMATED). A locality whose workflow measures this year's cases
     * thus counts with them while the others keep their latest figures.
     */
    private Map<Long, Usage> usage(Condition byProcedure) {
        record Row(int year, UsageSource source, Volume volume) {
            boolean beats(Row other) {
                return year != other.year ? year > other.year : source.compareTo(other.source) > 0;
            }
        }
        Map<Long, Map<String, Row>> best = new HashMap<>();
        dsl.select(USAGE_STATS.PROCEDURE_ID, USAGE_STATS.LOCALITY_CODE, USAGE_STATS.STAT_YEAR, USAGE_STATS.SOURCE,
                        USAGE_STATS.DOSSIERS_TOTAL, USAGE_STATS.DOSSIERS_ONLINE, USAGE_STATS.DOSSIERS_ON_TIME,
                        USAGE_STATS.COVERED_DAYS)
                .from(USAGE_STATS)
                .where(of(USAGE_STATS.PROCEDURE_ID, byProcedure))
                .fetchSize(5000)
                .forEach(r -> {
                    // figures of part of a year count scaled to the whole year (UsageStat.annualised)
                    long[] year = new UsageStat("-", r.value2(), r.value3(), UsageSource.valueOf(r.value4()),
                            r.value5(), r.value6(), r.value7(), r.value8()).annualised();
                    Row row = new Row(r.value3(), UsageSource.valueOf(r.value4()),
                            new Volume(year[0], year[1], year[2]));
                    best.computeIfAbsent(r.value1(), id -> new HashMap<>())
                            .merge(r.value2(), row, (a, b) -> b.beats(a) ? b : a);
                });
        Map<Long, Usage> result = new HashMap<>();
        best.forEach((id, rows) -> {
            Map<String, Volume> volumes = new HashMap<>();
            Set<String> measured = new HashSet<>();
            rows.forEach((locality, row) -> {
                volumes.put(locality, row.volume());
                if (row.source() == UsageSource.MEASURED) {
                    measured.add(locality);
                }
            });
            result.put(id, new Usage(rows.values().stream().mapToInt(Row::year).max().orElse(0), volumes,
                    Set.copyOf(measured)));
        });
        return result;
    }

}
