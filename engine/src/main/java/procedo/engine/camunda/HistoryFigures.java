package procedo.engine.camunda;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstanceQuery;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import procedo.engine.CaseMark;
import procedo.engine.CaseOutcome;
import procedo.engine.Channel;
import procedo.engine.Kpis;
import procedo.engine.MeasuredVolume;

/**
 * Figures read from the engine's history of a procedure's workflow (all its versions): KPIs, measured volumes and
 * the count of case events. Read page by page, so that a national volume of cases never sits in memory at once
 * beyond one number per case.
 */
final class HistoryFigures {

    private static final int PAGE = 1000;
    private static final BigDecimal MS_PER_HOUR = BigDecimal.valueOf(3_600_000);

    private final EngineSupport support;
    private final HistoryService history;
    private final TaskService tasks;
    private final ZoneId zone;

    HistoryFigures(EngineSupport support, HistoryService history, TaskService tasks, ZoneId zone) {
        this.support = support;
        this.history = history;
        this.tasks = tasks;
        this.zone = zone;
    }

    private HistoricProcessInstanceQuery cases(String key, String locality) {
        HistoricProcessInstanceQuery q = history.createHistoricProcessInstanceQuery().processDefinitionKey(key);
        return locality == null ? q : q.tenantIdIn(locality);
    }

    long caseCount(String procedureCode) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(DeploymentWriter.key(procedureCode))
                .count();
    }

    /** Cases started plus cases ended: a number that changes whenever a case starts or ends, cheap to read. */
    long caseEvents(String procedureCode) {
        String key = DeploymentWriter.key(procedureCode);
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(key).count()
                + history.createHistoricProcessInstanceQuery().processDefinitionKey(key).finished().count();
    }

    /** The marks whose cases do not count when {@code included} are asked for. */
    private static Set<CaseMark> excluded(Set<CaseMark> included) {
        Set<CaseMark> left = EnumSet.allOf(CaseMark.class);
        left.removeAll(included);
        return left;
    }

    /** The query's cases less those carrying one of the {@code excluded} marks. */
    private static long count(Supplier<HistoricProcessInstanceQuery> query, Set<CaseMark> excluded) {
        long count = query.get().count();
        for (CaseMark mark : excluded) {
            count -= query.get().variableValueEquals(CaseVariables.MARK, mark.name()).count();
        }
        return count;
    }

    /**
     * Of the cases {@code ids} (one page of them), those carrying one of the {@code excluded} marks: looked up page by
     * page, so that a load run's simulated cases never sit in memory at once.
     */
    private Set<String> marked(Collection<String> ids, Set<CaseMark> excluded) {
        Set<String> marked = new HashSet<>();
        if (ids.isEmpty() || excluded.isEmpty()) {
            return marked;
        }
        for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(ids.stream().distinct().toArray(String[]::new))
                .variableName(CaseVariables.MARK).disableBinaryFetching().list()) {
            if (excluded.stream().anyMatch(m -> m.name().equals(v.getValue()))) {
                marked.add(v.getProcessInstanceId());
            }
        }
        return marked;
    }

    Kpis kpis(String procedureCode, String locality, Instant now, Set<CaseMark> included) {
        String key = DeploymentWriter.key(procedureCode);
        Set<CaseMark> excluded = excluded(included);
        long started = count(() -> cases(key, locality), excluded);
        long decided = count(() -> cases(key, locality).completed(), excluded);
        long refused = count(() -> cases(key, locality).completed().variableValueEquals(CaseVariables.OUTCOME,
                CaseOutcome.REFUSED.name()), excluded);
        long finished = count(() -> cases(key, locality).finished(), excluded);
        long withdrawn = count(() -> cases(key, locality).finished().variableValueEquals(CaseVariables.OUTCOME,
                CaseOutcome.WITHDRAWN.name()), excluded);
        long open = count(() -> cases(key, locality).unfinished(), excluded);
        long overdueOpen = count(() -> cases(key, locality).unfinished()
                .variableValueLessThan(CaseVariables.DUE_DATE, Date.from(now)), excluded);
        long decidedOnTime = count(() -> cases(key, locality).completed()
                .variableValueEquals(CaseVariables.ON_TIME, true), excluded);
        long refusedOnTime = count(() -> cases(key, locality).completed().variableValueEquals(CaseVariables.ON_TIME, true)
                .variableValueEquals(CaseVariables.OUTCOME, CaseOutcome.REFUSED.name()), excluded);

        Map<String, Long> applicantTime = new HashMap<>();
        List<Kpis.TaskKpi> taskFigures = taskFigures(key, locality, now, excluded, applicantTime);
        LongList cycle = new LongList();
        LongList agency = new LongList();
        LongList applicant = new LongList();
        for (int first = 0; ; first += PAGE) {
            List<HistoricProcessInstance> page = cases(key, locality).completed().orderByProcessInstanceId().asc()
                    .listPage(first, PAGE);
            Set<String> skipped = marked(page.stream().map(HistoricProcessInstance::getId).toList(), excluded);
            page.stream().filter(p -> !skipped.contains(p.getId())).forEach(p -> {
                long duration = p.getDurationInMillis() == null ? 0 : p.getDurationInMillis();
                long theirs = Math.min(duration, applicantTime.getOrDefault(p.getId(), 0L));
                cycle.add(duration);
                applicant.add(theirs);
                agency.add(duration - theirs);
            });
            if (page.size() < PAGE) {
                break;
            }
        }
        cycle.sort();
        agency.sort();
        applicant.sort();
        return new Kpis(procedureCode, locality, now, started, decided - refused, open, overdueOpen,
                decidedOnTime - refusedOnTime, hours(cycle.rank(0.5)), hours(cycle.rank(0.9)),
                decided == 0 ? null : BigDecimal.valueOf(decidedOnTime).divide(BigDecimal.valueOf(decided), 4,
                        RoundingMode.HALF_UP),
                taskFigures, refused, withdrawn, finished - decided - withdrawn, decided, decidedOnTime,
                hours(agency.rank(0.5)), hours(applicant.rank(0.5)));
    }

    /**
     * The figures per task of the real cases (and those of the marks not {@code excluded}); {@code applicantTime} gets
     * each case's time in its applicant's steps (ms).
     */
    private List<Kpis.TaskKpi> taskFigures(String key, String locality, Instant now, Set<CaseMark> excluded,
                                           Map<String, Long> applicantTime) {
        Map<String, LongList> durations = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        Map<String, Boolean> applicantSteps = new HashMap<>();
        for (int first = 0; ; first += PAGE) {
            HistoricTaskInstanceQuery q = history.createHistoricTaskInstanceQuery().processDefinitionKey(key)
                    .finished();
            if (locality != null) {
                q.tenantIdIn(locality);
            }
            List<HistoricTaskInstance> page = q.orderByHistoricActivityInstanceId().asc().listPage(first, PAGE);
            Set<String> left = marked(page.stream().map(HistoricTaskInstance::getProcessInstanceId).toList(),
                    excluded);
            for (HistoricTaskInstance t : page) {
                if (t.getDeleteReason() != null && !"completed".equals(t.getDeleteReason())
                        || left.contains(t.getProcessInstanceId())) {
                    continue;
                }
                long duration = t.getDurationInMillis() == null ? 0 : t.getDurationInMillis();
                durations.computeIfAbsent(t.getTaskDefinitionKey(), k -> new LongList()).add(duration);
                names.putIfAbsent(t.getTaskDefinitionKey(), t.getName());
                if (support.model(t.getProcessDefinitionId()).applicant(t.getTaskDefinitionKey())) {
                    applicantSteps.put(t.getTaskDefinitionKey(), true);
                    applicantTime.merge(t.getProcessInstanceId(), duration, Long::sum);
                }
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        Map<String, long[]> waiting = new HashMap<>(); // count, oldest creation (ms)
        for (int first = 0; ; first += PAGE) {
            TaskQuery q = tasks.createTaskQuery().processDefinitionKey(key);
            if (locality != null) {
                q.tenantIdIn(locality);
            }
            List<Task> page = q.orderByTaskId().asc().listPage(first, PAGE);
            Set<String> left = marked(page.stream().map(Task::getProcessInstanceId).toList(), excluded);
            for (Task t : page) {
                if (left.contains(t.getProcessInstanceId())) {
                    continue;
                }
                long[] w = waiting.computeIfAbsent(t.getTaskDefinitionKey(), k -> new long[]{0, Long.MAX_VALUE});
                w[0]++;
                w[1] = Math.min(w[1], t.getCreateTime().getTime());
                names.putIfAbsent(t.getTaskDefinitionKey(), t.getName());
                if (support.model(t.getProcessDefinitionId()).applicant(t.getTaskDefinitionKey())) {
                    applicantSteps.put(t.getTaskDefinitionKey(), true);
                }
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        long all = durations.values().stream().mapToLong(LongList::sum).sum();
        List<Kpis.TaskKpi> result = new ArrayList<>();
        Map<String, Boolean> keys = new LinkedHashMap<>();
        durations.keySet().forEach(k -> keys.put(k, true));
        waiting.keySet().forEach(k -> keys.put(k, true));
        for (String activity : keys.keySet()) {
            LongList d = durations.getOrDefault(activity, new LongList());
            d.sort();
            long[] w = waiting.get(activity);
            result.add(new Kpis.TaskKpi(activity, names.get(activity), d.size(), hours(d.rank(0.5)),
                    hours(d.rank(0.9)), hoursOrZero(d.sum()),
                    all == 0 ? null : BigDecimal.valueOf(d.sum()).divide(BigDecimal.valueOf(all), 4,
                            RoundingMode.HALF_UP),
                    w == null ? 0 : w[0], w == null ? null : hours(now.toEpochMilli() - w[1]),
                    applicantSteps.getOrDefault(activity, false)));
        }
        result.sort(Comparator.comparing((Kpis.TaskKpi t) -> t.totalHours()).reversed()
                .thenComparing(t -> -t.waiting()));
        return result;
    }

    List<MeasuredVolume> volumes(String procedureCode, java.time.LocalDate today) {
        String key = DeploymentWriter.key(procedureCode);
        Map<String, long[]> counts = new TreeMap<>(); // "locality|year" → started, online, on time, first start
        Map<String, Integer> firstYear = new HashMap<>();
        for (int first = 0; ; first += PAGE) {
            List<HistoricProcessInstance> page = history.createHistoricProcessInstanceQuery()
                    .processDefinitionKey(key).orderByProcessInstanceId().asc().listPage(first, PAGE);
            if (page.isEmpty()) {
                break;
            }
            Map<String, Map<String, Object>> variables = new HashMap<>();
            for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
                    .processInstanceIdIn(page.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
                    .variableNameIn(CaseVariables.CHANNEL, CaseVariables.ON_TIME, CaseVariables.MARK,
                            CaseVariables.OUTCOME)
                    .disableBinaryFetching().list()) {
                variables.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>()).put(v.getName(),
                        v.getValue());
            }
            for (HistoricProcessInstance p : page) {
                Map<String, Object> vars = variables.getOrDefault(p.getId(), Map.of());
                String l = p.getTenantId();
                if (l == null || vars.containsKey(CaseVariables.MARK)) {
                    continue;
                }
                int year = p.getStartTime().toInstant().atZone(zone).getYear();
                long[] c = counts.computeIfAbsent(l + "|" + year, k -> new long[]{0, 0, 0, Long.MAX_VALUE});
                c[0]++;
                c[3] = Math.min(c[3], p.getStartTime().getTime());
                firstYear.merge(l, year, Math::min);
                if (Channel.ONLINE.name().equals(vars.get(CaseVariables.CHANNEL))) {
                    c[1]++;
                }
                if (HistoricProcessInstance.STATE_COMPLETED.equals(p.getState())
                        && Boolean.TRUE.equals(vars.get(CaseVariables.ON_TIME))
                        && !CaseOutcome.REFUSED.name().equals(vars.get(CaseVariables.OUTCOME))) {
                    c[2]++;
                }
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        List<MeasuredVolume> result = new ArrayList<>();
        counts.forEach((k, c) -> {
            int bar = k.indexOf('|');
            String locality = k.substring(0, bar);
            int year = Integer.parseInt(k.substring(bar + 1));
            java.time.LocalDate first = firstYear.get(locality) < year ? java.time.LocalDate.of(year, 1, 1)
                    : Instant.ofEpochMilli(c[3]).atZone(zone).toLocalDate();
            result.add(new MeasuredVolume(locality, year, c[0], c[1], c[2], covered(first, year, today)));
        });
        return result;
    }

    /** Days from {@code first} to today or the year's end, both counted; null when that is the whole year. */
    static Integer covered(java.time.LocalDate first, int year, java.time.LocalDate today) {
        java.time.LocalDate end = java.time.LocalDate.of(year, 12, 31);
        if (today.isBefore(end)) {
            end = today;
        }
        int days = (int) java.time.temporal.ChronoUnit.DAYS.between(first, end) + 1;
        return days >= java.time.Year.of(year).length() ? null : Math.max(1, days);
    }

    MeasuredVolume volume(String procedureCode, String locality, int year, java.time.LocalDate today) {
        String key = DeploymentWriter.key(procedureCode);
        Instant yearStart = java.time.LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
        Date from = Date.from(yearStart);
        Date to = Date.from(java.time.LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant().minusMillis(1));
        java.util.function.Supplier<HistoricProcessInstanceQuery> inYear = () -> cases(key, locality).startedAfter(from)
                .startedBefore(to);
        Set<CaseMark> excluded = EnumSet.allOf(CaseMark.class);
        HistoricProcessInstance first = null;
        for (int at = 0; first == null; at += PAGE) {
            List<HistoricProcessInstance> page = inYear.get().orderByProcessInstanceStartTime().asc()
                    .listPage(at, PAGE);
            Set<String> left = marked(page.stream().map(HistoricProcessInstance::getId).toList(), excluded);
            first = page.stream().filter(p -> !left.contains(p.getId())).findFirst().orElse(null);
            if (page.size() < PAGE) {
                break;
            }
        }
        Integer covered = null;
        if (first != null) {
            boolean before = count(() -> cases(key, locality).startedBefore(Date.from(yearStart.minusMillis(1))),
                    excluded) > 0;
            covered = covered(before ? java.time.LocalDate.of(year, 1, 1)
                    : first.getStartTime().toInstant().atZone(zone).toLocalDate(), year, today);
        }
        return new MeasuredVolume(locality, year, count(inYear, excluded),
                count(() -> inYear.get().variableValueEquals(CaseVariables.CHANNEL, Channel.ONLINE.name()), excluded),
                count(() -> inYear.get().completed().variableValueEquals(CaseVariables.ON_TIME, true), excluded)
                        - count(() -> inYear.get().completed().variableValueEquals(CaseVariables.ON_TIME, true)
                        .variableValueEquals(CaseVariables.OUTCOME, CaseOutcome.REFUSED.name()), excluded),
                covered);
    }

    /**
     * Real cases (neither training nor simulated) started per month from {@code from} to {@code to}, read page by
     * page, each counted by its start.
     */
    List<procedo.engine.MonthlyCases> monthly(String procedureCode, String locality, java.time.YearMonth from,
                                              java.time.YearMonth to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the months end before they start: " + from + " to " + to);
        }
        String key = DeploymentWriter.key(procedureCode);
        Date start = Date.from(from.atDay(1).atStartOfDay(zone).toInstant());
        Date end = Date.from(to.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant().minusMillis(1));
        Map<java.time.YearMonth, long[]> counts = new TreeMap<>();
        for (java.time.YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            counts.put(m, new long[1]);
        }
        for (int first = 0; ; first += PAGE) {
            List<HistoricProcessInstance> page = cases(key, locality).startedAfter(start).startedBefore(end)
                    .orderByProcessInstanceId().asc().listPage(first, PAGE);
            Set<String> skipped = marked(page.stream().map(HistoricProcessInstance::getId).toList(),
                    EnumSet.allOf(CaseMark.class));
            for (HistoricProcessInstance p : page) {
                if (skipped.contains(p.getId())) {
                    continue;
                }
                long[] count = counts.get(java.time.YearMonth.from(p.getStartTime().toInstant().atZone(zone)));
                if (count != null) {
                    count[0]++;
                }
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        List<procedo.engine.MonthlyCases> result = new ArrayList<>(counts.size());
        counts.forEach((month, count) -> result.add(new procedo.engine.MonthlyCases(month, count[0])));
        return result;
    }

    private static BigDecimal hours(Long ms) {
        return ms == null ? null : BigDecimal.valueOf(ms).divide(MS_PER_HOUR, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal hoursOrZero(long ms) {
        return BigDecimal.valueOf(ms).divide(MS_PER_HOUR, 2, RoundingMode.HALF_UP);
    }

    /** A growable list of longs with the nearest-rank percentile. */
    static final class LongList {
        private long[] values = new long[16];
        private int size;

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        void sort() {
            Arrays.sort(values, 0, size);
        }

        int size() {
            return size;
        }

        long sum() {
            long s = 0;
            for (int i = 0; i < size; i++) {
                s += values[i];
            }
            return s;
        }

        /** The nearest-rank percentile of the sorted values: the ⌈p·n⌉-th smallest; null when empty. */
        Long rank(double p) {
            if (size == 0) {
                return null;
            }
            int rank = (int) Math.ceil(p * size);
            return values[Math.max(1, rank) - 1];
        }
    }
}
