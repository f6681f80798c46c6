package procedo.catalog.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.NotFoundException;
import procedo.catalog.locality.LocalityRepository;
import procedo.catalog.number.Decimals;
import procedo.catalog.priority.Criterion;
import procedo.catalog.priority.Portfolio;
import procedo.catalog.priority.PortfolioCandidate;
import procedo.catalog.priority.PortfolioOptimizer;
import procedo.catalog.priority.PriorityCandidate;
import procedo.catalog.priority.PriorityProfile;
import procedo.catalog.priority.PriorityRanker;
import procedo.catalog.priority.RankedProcedure;
import procedo.catalog.priority.Ranking;
import procedo.catalog.procedure.ApplicantType;
import procedo.catalog.procedure.OnlineLevel;
import procedo.catalog.procedure.ProcedureFilter;
import procedo.catalog.procedure.ProcedureStatus;
import procedo.catalog.procedure.SearchText;
import procedo.catalog.text.Text;

/**
 * Ranks the catalog and builds portfolios from an in-memory snapshot of it, kept current by
 * {@link #procedureChanged(String)} and {@link #procedureRemoved(String)}. Costs follow the Standard Cost Model:
 * cost per dossier = tariff × Σ(hours × share) + Σ(out-of-pocket × share) + fees, annual = cost × dossiers.
 * Withdrawn procedures are kept in the snapshot (their cost basis stays readable) but never ranked, put in a
 * portfolio or added up in a report.
 */
public final class CatalogAssessment {

    private final CatalogSnapshotSource snapshots;
    private final PriorityProfileRepository profiles;
    private final TariffRepository storedTariffs;
    private final LocalityRepository localities;
    private final PriorityRanker ranker = new PriorityRanker();
    private final PortfolioOptimizer optimizer = new PortfolioOptimizer();
    private volatile ConcurrentSkipListMap<String, SnapshotEntry> snapshot;
    private final AtomicLong revision = new AtomicLong();
    private final Map<Scope, ScopeAssessment> assessments = new ConcurrentHashMap<>();

    private final SatisfactionSource satisfaction;

    public CatalogAssessment(CatalogSnapshotSource snapshots, PriorityProfileRepository profiles,
                             TariffRepository tariffs, LocalityRepository localities) {
        this(snapshots, profiles, tariffs, localities, SatisfactionSource.NONE);
    }

    /**
     * @param satisfaction the applicants' ratings of each procedure, for the dissatisfaction criterion; a procedure
     *                     without ratings is neutral ({@link PriorityCandidate#NEUTRAL})
     */
    public CatalogAssessment(CatalogSnapshotSource snapshots, PriorityProfileRepository profiles,
                             TariffRepository tariffs, LocalityRepository localities, SatisfactionSource satisfaction) {
        this.snapshots = snapshots;
        this.profiles = profiles;
        this.storedTariffs = tariffs;
        this.localities = localities;
        this.satisfaction = satisfaction;
    }

    /** A procedure's figures to be read again before the next ranking. */
    public void procedureChanged(String code) {
        ConcurrentSkipListMap<String, SnapshotEntry> current = snapshot;
        if (current != null) {
            snapshots.load(code).ifPresentOrElse(e -> current.put(code, e), () -> current.remove(code));
        }
        changed();
    }

    public void procedureRemoved(String code) {
        ConcurrentSkipListMap<String, SnapshotEntry> current = snapshot;
        if (current != null) {
            current.remove(code);
        }
        changed();
    }

    /** Forgets the snapshot; the next call reads the whole catalog again (after bulk changes). */
    public void reload() {
        snapshot = null;
        changed();
    }

    /** Drops the costs computed per scope; the next ranking computes them again from the snapshot. */
    private void changed() {
        revision.incrementAndGet();
        assessments.clear();
    }

    private Map<String, SnapshotEntry> entries() {
        ConcurrentSkipListMap<String, SnapshotEntry> current = snapshot;
        if (current == null) {
            synchronized (this) {
                current = snapshot;
                if (current == null) {
                    ConcurrentSkipListMap<String, SnapshotEntry> loaded = new ConcurrentSkipListMap<>();
                    snapshots.forEach(e -> loaded.put(e.code(), e));
                    snapshot = current = loaded;
                }
            }
        }
        return current;
    }

    /** The fields (lĩnh vực) of the catalog with how many procedures each has (withdrawn ones aside), by name. */
    public java.util.SortedMap<String, Integer> fields() {
        java.util.SortedMap<String, Integer> fields = new java.util.TreeMap<>();
        for (SnapshotEntry e : entries().values()) {
            if (e.withdrawal() == null) {
                fields.merge(e.field(), 1, Integer::sum);
            }
        }
        return fields;
    }

    public RankingResult rank(RankingRequest request) {
        Ranked ranked = ranked(request);
        Ranking.checkPage(request.offset(), request.limit());
        List<PriorityItem> items = new ArrayList<>();
        int end = (int) Math.min(ranked.listed().length, (long) request.offset() + request.limit());
        Map<String, Satisfaction> rated = satisfaction.in(request.scope());
        for (int i = request.offset(); i < end; i++) {
            item(ranked, i, request.scope(), rated).ifPresent(items::add);
        }
        return new RankingResult(request.scope().toString(), ranked.ranking().profile(), ranked.ranking().size(),
                request.offset(), request.limit(), ranked.ranking().normalization(), items,
                request.sort().parameter(), ranked.hiddenFullyOnline());
    }

    /**
     * Every procedure of the ranking {@code request} asks for, in its sort order, whatever its page: what an export
     * of the whole ranking writes. Answers how many procedures were ranked.
     */
    public int forEachRanked(RankingRequest request, java.util.function.Consumer<PriorityItem> sink) {
        Ranked ranked = ranked(request);
        Map<String, Satisfaction> rated = satisfaction.in(request.scope());
        for (int i = 0; i < ranked.listed().length; i++) {
            item(ranked, i, request.scope(), rated).ifPresent(sink);
        }
        return ranked.ranking().size();
    }

    /** A ranking with the order its procedures are listed in (positions, 0 = rank 1) and the count left out. */
    private record Ranked(Ranking ranking, int[] listed, int hiddenFullyOnline) {
    }

    private Ranked ranked(RankingRequest request) {
        PriorityProfile profile = profile(request.profileName(), request.weights());
        List<Assessed> matching = assess(request.scope(), request.filter(), OnlineInclusion.INCLUDE_FULLY_ONLINE);
        List<PriorityCandidate> candidates = new ArrayList<>(matching.size());
        int hidden = 0;
        for (Assessed a : matching) {
            boolean fullyOnline = a.entry().onlineLevel() == OnlineLevel.FULL;
            if (fullyOnline && request.online() == OnlineInclusion.EXCLUDE_FULLY_ONLINE) {
                hidden++;
            } else {
                candidates.add(a.candidate());
            }
        }
        Ranking ranking = ranker.rank(candidates, profile);
        return new Ranked(ranking, request.sort().positions(ranking), hidden);
    }

    private Optional<PriorityItem> item(Ranked ranked, int index, Scope scope, Map<String, Satisfaction> rated) {
        RankedProcedure procedure = ranked.ranking().at(ranked.listed()[index]);
        PriorityCandidate c = procedure.candidate();
        SnapshotEntry e = entries().get(c.code());
        if (e == null) {
            return Optional.empty();
        }
        return Optional.of(new PriorityItem(procedure.rank(), c.code(), c.name(), e.field(), e.agencyCode(),
                e.localityCode(), c.onlineLevel(), c.onlineLevel() == OnlineLevel.FULL, procedure.score(),
                procedure.contributions(), c.volume(), Decimals.plain(c.annualCostVnd()),
                Decimals.plain(c.savingPotentialVnd()), e.toBeBasis(), c.effortDays(),
                CostBasis.measuredIn(e, scope), e.measurementsIn(scope), rated.get(c.code())));
    }

    /**
     * The exact best portfolio for the budget, with the procedures left out and why, and each chosen procedure's
     * rank under the request's profile among the same candidates. Savings enter it rounded half-up to whole đồng,
     * the unit in which the optimiser compares them.
     */
    public PortfolioResult portfolio(PortfolioRequest request) {
        PriorityProfile profile = profile(request.profileName(), request.weights());
        List<Assessed> competing = new ArrayList<>();
        List<Assessed> fullyOnline = new ArrayList<>();
        for (Assessed a : assess(request.scope(), request.filter(), OnlineInclusion.INCLUDE_FULLY_ONLINE)) {
            boolean excluded = request.online() == OnlineInclusion.EXCLUDE_FULLY_ONLINE
                    && a.entry().onlineLevel() == OnlineLevel.FULL;
            (excluded ? fullyOnline : competing).add(a);
        }
        List<PortfolioCandidate> candidates = new ArrayList<>(competing.size());
        List<PriorityCandidate> ranked = new ArrayList<>(competing.size());
        for (Assessed a : competing) {
            candidates.add(portfolioCandidate(a));
            ranked.add(a.candidate());
        }
        Portfolio optimum = optimizer.optimize(candidates, request.budgetDays());
        Ranking ranking = ranker.rank(ranked, profile);
        java.util.Set<String> chosen = new java.util.HashSet<>();
        optimum.selected().forEach(c -> chosen.add(c.code()));
        int remaining = request.budgetDays() - optimum.totalEffortDays();

        List<PortfolioItem> selected = new ArrayList<>();
        List<LeftOutProcedure> leftOut = new ArrayList<>();
        for (int i = 0; i < competing.size(); i++) {
            Assessed a = competing.get(i);
            SnapshotEntry e = a.entry();
            BigDecimal saving = candidates.get(i).savingVnd();
            if (chosen.contains(e.code())) {
                RankedProcedure place = ranking.find(e.code()).orElseThrow();
                selected.add(new PortfolioItem(e.code(), e.name(), e.field(), e.agencyCode(), e.onlineLevel(),
                        e.effortDays(), saving, a.candidate().annualCostVnd().setScale(0, RoundingMode.HALF_UP),
                        a.candidate().volume(), place.rank(), place.score()));
            } else {
                leftOut.add(new LeftOutProcedure(e.code(), e.name(), e.field(), e.onlineLevel(), e.effortDays(),
                        saving, reason(a, saving, request.budgetDays())));
            }
        }
        for (Assessed a : fullyOnline) {
            SnapshotEntry e = a.entry();
            leftOut.add(new LeftOutProcedure(e.code(), e.name(), e.field(), e.onlineLevel(), e.effortDays(),
                    portfolioCandidate(a).savingVnd(), LeftOutReason.FULLY_ONLINE));
        }
        selected.sort(java.util.Comparator.comparing(PortfolioItem::savingVnd).reversed()
                .thenComparing(PortfolioItem::code));
        leftOut.sort(java.util.Comparator.comparing(LeftOutProcedure::reason)
                .thenComparing(LeftOutProcedure::savingVnd, java.util.Comparator.reverseOrder())
                .thenComparing(LeftOutProcedure::code));
        Map<LeftOutReason, Integer> counts = new java.util.EnumMap<>(LeftOutReason.class);
        leftOut.forEach(l -> counts.merge(l.reason(), 1, Integer::sum));
        Scope scope = request.scope();
        String scopeName = scope.isNational() ? null
                : localities.locality(scope.localityCode()).map(l -> l.name()).orElse(null);
        String agency = request.filter().agencyCode();
        String agencyName = agency == null ? null : localities.agency(agency).map(x -> x.name()).orElse(agency);
        return new PortfolioResult(request.budgetDays(), scope, scopeName, request.filter(), agencyName,
                request.online(), profile, selected, optimum.totalEffortDays(), optimum.totalSavingVnd(), remaining,
                optimum.candidatesConsidered(), leftOut.size(), counts,
                leftOut.subList(0, Math.min(leftOut.size(), request.leftOutListed())));
    }

    /** Why a competing procedure that the optimum leaves out is not in it. */
    private static LeftOutReason reason(Assessed a, BigDecimal saving, int budgetDays) {
        if (a.costPerDossierVnd().signum() == 0) {
            return LeftOutReason.NO_COST_DATA;
        }
        if (a.candidate().annualCostVnd().signum() == 0) {
            return LeftOutReason.NO_USAGE;
        }
        if (saving.signum() == 0) {
            return LeftOutReason.NO_SAVING;
        }
        return a.entry().effortDays() > budgetDays ? LeftOutReason.OVER_BUDGET : LeftOutReason.NOT_CHOSEN;
    }

    /** The candidates a portfolio request competes over, with their whole-đồng savings and efforts. */
    public List<PortfolioCandidate> portfolioCandidates(PortfolioRequest request) {
        List<PortfolioCandidate> candidates = new ArrayList<>();
        for (Assessed a : assess(request.scope(), request.filter(), request.online())) {
            candidates.add(portfolioCandidate(a));
        }
        return candidates;
    }

    private static PortfolioCandidate portfolioCandidate(Assessed a) {
        return new PortfolioCandidate(a.entry().code(), a.entry().name(), a.entry().effortDays(),
                a.candidate().savingPotentialVnd().setScale(0, RoundingMode.HALF_UP));
    }

    /** The named profile (the default when none is named), with "what if" weights in place of its own when given. */
    private PriorityProfile profile(String name, Map<Criterion, BigDecimal> weights) {
        String wanted = name == null || name.isBlank() ? "balanced" : name;
        PriorityProfile profile = profiles.find(wanted).orElseThrow(() -> InvalidInputException.of("profile",
                Text.of("catalog.profile.unknown", wanted)));
        if (weights.isEmpty()) {
            return profile;
        }
        return new PriorityProfile(profile.name(), profile.displayName(),
                "“What if” weights on the basis of profile " + profile.name(), weights, profile.version());
    }

    /** The cost basis of one procedure in one scope: tariff, dossiers per year and fees. */
    public CostBasis costBasis(String code, Scope scope) {
        checkScope(scope);
        SnapshotEntry entry = Optional.ofNullable(entries().get(code))
                .orElseThrow(() -> NotFoundException.of("procedure", code));
        Tariff tariff = tariffs().of(entry.applicantType(), entry.usageYear());
        return CostBasis.of(entry, scope, tariff, tariff.vndPerHour()).shown();
    }

    /**
     * The active procedures of {@code scope} matching {@code filter}, fully online ones included, each with its cost
     * basis, in code order: what a report adds up. Tariffs are resolved once for the whole pass.
     */
    public void forEachCostBasis(Scope scope, ProcedureFilter filter,
                                 java.util.function.BiConsumer<SnapshotEntry, CostBasis> sink) {
        Tariffs tariffs = tariffs();
        for (Assessed a : assess(scope, filter, OnlineInclusion.INCLUDE_FULLY_ONLINE)) {
            SnapshotEntry e = a.entry();
            Tariff tariff = tariffs.of(e.applicantType(), e.usageYear());
            sink.accept(e, CostBasis.of(e, scope, tariff, tariffs.rate(tariff)).shown());
        }
    }

    /** A procedure of a scope with its priority figures and its as-is compliance cost per dossier. */
    record Assessed(SnapshotEntry entry, PriorityCandidate candidate, BigDecimal costPerDossierVnd) {
    }

    private List<Assessed> assess(Scope scope, ProcedureFilter filter, OnlineInclusion online) {
        checkScope(scope);
        List<String> words = SearchText.words(filter.text());
        List<Assessed> result = new ArrayList<>();
        for (Assessed a : assessedIn(scope)) {
            SnapshotEntry e = a.entry();
            if (matches(e, filter, words)
                    && (online == OnlineInclusion.INCLUDE_FULLY_ONLINE || e.onlineLevel() != OnlineLevel.FULL)) {
                result.add(a);
            }
        }
        return result;
    }

    /** The costs of every procedure of a scope, kept until the catalog or the tariffs change. */
    private record ScopeAssessment(long revision, List<Tariff> tariffs, List<Assessed> all) {
    }

    private List<Assessed> assessedIn(Scope scope) {
        List<Tariff> current = storedTariffs.all();
        ScopeAssessment cached = assessments.get(scope);
        if (cached != null && cached.revision() == revision.get() && cached.tariffs().equals(current)) {
            return cached.all();
        }
        long at = revision.get();
        Tariffs tariffs = new Tariffs(current);
        Map<String, Satisfaction> rated = satisfaction.in(scope);
        List<Assessed> all = new ArrayList<>();
        for (SnapshotEntry e : entries().values()) {
            if (e.withdrawal() != null) {
                continue;
            }
            if (!scope.isNational() && !e.volumes().containsKey(scope.localityCode())
                    && !scope.localityCode().equals(e.localityCode())) {
                continue;
            }
            Tariff tariff = tariffs.of(e.applicantType(), e.usageYear());
            BigDecimal rate = tariffs.rate(tariff);
            CostBasis basis = CostBasis.of(e, scope, tariff, rate);
            BigDecimal perDossier = basis.asIsCostPerDossier(e);
            BigDecimal toBePerDossier = rate.multiply(e.toBeHours()).add(e.toBeOutOfPocketVnd()).add(e.onlineFeesVnd());
            BigDecimal quantity = basis.dossiersPerYear();
            BigDecimal annual = perDossier.multiply(quantity);
            BigDecimal saving = perDossier.subtract(toBePerDossier).multiply(quantity);
            saving = saving.signum() <= 0 ? BigDecimal.ZERO : saving;
            all.add(new Assessed(e, new PriorityCandidate(e.id(), e.code(), e.name(),
                    quantity.longValue(), annual, saving, e.readiness(), e.onlineLevel(), e.effortDays(),
                    rated.containsKey(e.code()) ? rated.get(e.code()).dissatisfaction() : PriorityCandidate.NEUTRAL),
                    perDossier));
        }
        if (revision.get() == at) {
            assessments.put(scope, new ScopeAssessment(at, current, List.copyOf(all)));
        }
        return all;
    }

    private void checkScope(Scope scope) {
        if (!scope.isNational() && localities.locality(scope.localityCode()).isEmpty()) {
            throw InvalidInputException.of("scope", Text.of("catalog.assessment.unknownScope", scope.localityCode()));
        }
    }

    private static boolean matches(SnapshotEntry e, ProcedureFilter f, List<String> words) {
        if (e.status() != (f.status() == null ? ProcedureStatus.ACTIVE : f.status())) {
            return false;
        }
        for (String word : words) {
            if (!e.searchText().contains(word)) {
                return false;
            }
        }
        return (f.field() == null || f.field().equals(e.field()))
                && (f.level() == null || f.level() == e.level())
                && (f.agencyCode() == null || f.agencyCode().equals(e.agencyCode()))
                && (f.localityCode() == null || f.localityCode().equals(e.localityCode()))
                && (f.onlineLevel() == null || f.onlineLevel() == e.onlineLevel())
                && (f.applicantType() == null || f.applicantType() == e.applicantType());
    }

    private Tariffs tariffs() {
        return new Tariffs(storedTariffs.all());
    }

    /** The tariffs of one request, resolved in memory, with their hourly figures computed once. */
    private record Tariffs(List<Tariff> all, Map<Tariff, BigDecimal> rates) {

        Tariffs(List<Tariff> all) {
            this(all, new HashMap<>());
        }

        BigDecimal rate(Tariff tariff) {
            return rates.computeIfAbsent(tariff, Tariff::vndPerHour);
        }

        Tariff of(ApplicantType type, int usageYear) {
            int year = usageYear > 0 ? usageYear : Year.now().getValue();
            Tariff best = null;
            Tariff earliest = null;
            for (Tariff t : all) {
                if (t.applicantType() != type) {
                    continue;
                }
                if (t.year() <= year && (best == null || t.year() > best.year())) {
                    best = t;
                }
                if (earliest == null || t.year() < earliest.year()) {
                    earliest = t;
                }
            }
            Tariff chosen = best != null ? best : earliest;
            if (chosen == null) {
                throw new IllegalStateException("no tariff is defined for " + type);
            }
            return chosen;
        }
    }
}
