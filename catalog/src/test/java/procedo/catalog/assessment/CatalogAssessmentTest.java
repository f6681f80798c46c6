package procedo.catalog.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import procedo.catalog.Samples;
import procedo.catalog.StoreTest;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.priority.Contribution;
import procedo.catalog.procedure.OnlineLevel;
import procedo.catalog.procedure.Procedure;
import procedo.catalog.procedure.ProcedureFilter;
import procedo.catalog.procedure.ProcedureService;
import procedo.catalog.usage.UsageSource;
import procedo.catalog.usage.UsageStat;

class CatalogAssessmentTest extends StoreTest {

    private CatalogAssessment assessment;
    private ProcedureService procedures;
    private ProcedureCosts costs;

    @BeforeEach
    void open() {
        store.localities().saveAgency(Samples.COMMUNE);
        assessment = new CatalogAssessment(store.snapshots(), store.profiles(), store.tariffs(), store.localities());
        procedures = new ProcedureService(store.procedures(), store.localities(), auditOf(store), assessment::procedureChanged);
        costs = new ProcedureCosts(store.procedures(), assessment);
    }

    /**
     * Birth registration in one province, 2024: 1,000 dossiers of which 400 online; tariff 43,750 VND/h (citizen).
     * As-is per dossier: information 0.5 h × 43,750 = 21,875; travel (1.25 × 43,750 + 30,000) × 0.6 = 50,812.5;
     * wait 0.75 × 43,750 × 0.6 = 19,687.5; submit 0.25 × 43,750 + 2,000 = 12,937.5; activities 105,312.5.
     * Fees: online share 0.4 → 8,000 × 0.6 + 4,000 × 0.4 = 6,400. Cost per dossier 111,712.5; annual 111,712,500.
     * Full-online to-be: information 21,875 + submit 12,937.5 + online fee 4,000 = 38,812.5; annual 38,812,500.
     * Saving 72,900,000 (65.26 %).
     */
    @Test
    void costsAProcedureByHandWorkedNumbers() {
        procedures.create(Samples.birthRegistration("1.001193"), TESTER);
        store.usage().save(List.of(new UsageStat("1.001193", "79", 2024, UsageSource.IMPORTED, 1000, 400, 950)));

        ProcedureCost cost = costs.of("1.001193", Scope.parse("79"));

        assertThat(cost.basis().tariff().vndPerHour()).isEqualByComparingTo("43750");
        assertThat(cost.basis().dossiersPerYear()).isEqualByComparingTo("1000");
        assertThat(cost.basis().onlineShare()).isEqualByComparingTo("0.4");
        assertThat(cost.basis().feesVnd()).isEqualByComparingTo("6400");
        assertThat(cost.comparison().asIs().costPerDossierVnd()).isEqualByComparingTo("111712.5");
        assertThat(cost.comparison().asIs().annualCostVnd()).isEqualByComparingTo("111712500");
        assertThat(cost.toBeBasis()).isEqualTo(ToBeBasis.FULL_ONLINE_ESTIMATE);
        assertThat(cost.comparison().toBe().costPerDossierVnd()).isEqualByComparingTo("38812.5");
        assertThat(cost.comparison().savingVnd()).isEqualByComparingTo("72900000");
        assertThat(cost.comparison().savingPercent()).isEqualByComparingTo("65.26");
    }

    @Test
    void theRankingUsesTheSameCostsAsTheCalculator() {
        procedures.create(Samples.birthRegistration("1.001193"), TESTER);
        procedures.create(Samples.named("1.000656", "Đăng ký khai tử", "Hộ tịch"), TESTER);
        store.usage().save(List.of(
                new UsageStat("1.001193", "79", 2024, UsageSource.IMPORTED, 1000, 400, 950),
                new UsageStat("1.001193", "01", 2024, UsageSource.ESTIMATED, 500, 0, 500),
                new UsageStat("1.000656", "01", 2024, UsageSource.ESTIMATED, 300, 30, 290)));

        RankingResult ranking = assessment.rank(new RankingRequest(Scope.NATIONAL, null, ProcedureFilter.none(),
                OnlineInclusion.EXCLUDE_FULLY_ONLINE, 0, 10));

        assertThat(ranking.total()).isEqualTo(2);
        for (PriorityItem item : ranking.items()) {
            ProcedureCost cost = costs.of(item.code(), Scope.NATIONAL);
            assertThat(item.annualCostVnd()).isEqualByComparingTo(cost.comparison().asIs().annualCostVnd());
            assertThat(item.savingPotentialVnd()).isEqualByComparingTo(cost.comparison().savingVnd());
            assertThat(item.dossiersPerYear()).isEqualTo(cost.basis().dossiersPerYear().longValueExact());
            assertThat(item.contributions().stream().map(Contribution::contribution).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(item.score());
        }
        assertThat(ranking.items().get(0).code()).isEqualTo("1.001193");
        assertThat(ranking.items().get(0).dossiersPerYear()).isEqualTo(1500);
    }

    @Test
    void theMostTrustworthySourceOfTheLatestYearCounts() {
        procedures.create(Samples.birthRegistration("1.001193"), TESTER);
        store.usage().save(List.of(
                new UsageStat("1.001193", "79", 2023, UsageSource.MEASURED, 9000, 0, 0),
                new UsageStat("1.001193", "79", 2024, UsageSource.ESTIMATED, 1000, 0, 0),
                new UsageStat("1.001193", "79", 2024, UsageSource.MEASURED, 1200, 600, 0)));

        CostBasis basis = assessment.costBasis("1.001193", Scope.parse("79"));

        assertThat(basis.year()).isEqualTo(2024);
        assertThat(basis.dossiersPerYear()).isEqualByComparingTo("1200");
        assertThat(basis.onlineShare()).isEqualByComparingTo("0.5");
    }

    @Test
    void aLocalityThatMeasuresANewYearDoesNotHideTheOthersFigures() {
        procedures.create(Samples.birthRegistration("1.001193"), TESTER);
        store.usage().save(List.of(
                new UsageStat("1.001193", "79", 2025, UsageSource.ESTIMATED, 1000, 100, 900),
                new UsageStat("1.001193", "01", 2025, UsageSource.ESTIMATED, 800, 80, 700),
                new UsageStat("1.001193", "01", 2026, UsageSource.MEASURED, 30, 30, 27)));

        CostBasis national = assessment.costBasis("1.001193", Scope.NATIONAL);
        CostBasis hanoi = assessment.costBasis("1.001193", Scope.parse("01"));

        // 79 keeps its 2025 estimate; 01 counts with the cases its workflow measured in 2026: 1000 + 30
        assertThat(national.dossiersPerYear()).isEqualByComparingTo("1030");
        assertThat(national.year()).isEqualTo(2026);
        assertThat(hanoi.dossiersPerYear()).isEqualByComparingTo("30");
        assertThat(hanoi.onlineShare()).isEqualByComparingTo("1");
        assertThat(national.volumeSource())
                .isEqualTo("usage statistics 2026, of which 30 a year measured by the workflow engine");
        var ranked = assessment.rank(new RankingRequest(Scope.NATIONAL, null, ProcedureFilter.none(),
                OnlineInclusion.EXCLUDE_FULLY_ONLINE, 0, 10)).items().get(0);
        assertThat(ranked.dossiersPerYear()).isEqualTo(1030);
        assertThat(ranked.measuredDossiers()).isEqualTo(30);
    }

    @Test
    void partOfAYearMeasuredCountsScaledToTheWholeYear() {
        procedures.create(Samples.birthRegistration("1.001193"), TESTER);
        store.usage().save(List.of(
                new UsageStat("1.001193", "79", 2025, UsageSource.ESTIMATED, 1000, 100, 900),
                new UsageStat("1.001193", "01", 2026, UsageSource.MEASURED, 30, 27, 24, 45)));

        // 30 dossiers in the 45 days the workflow ran: 30 × 365 ÷ 45 = 243.33 → 243 a year
        assertThat(assessment.costBasis("1.001193", Scope.parse("01")).dossiersPerYear()).isEqualByComparingTo("243");
        assertThat(assessment.costBasis("1.001193", Scope.NATIONAL).dossiersPerYear()).isEqualByComparingTo("1243");
        assertThat(store.usage().forProcedure("1.001193")).filteredOn(u -> u.source() == UsageSource.MEASURED)
                .singleElement().satisfies(u -> {
                    assertThat(u.coveredDays()).isEqualTo(45);
                    assertThat(u.annualised()).containsExactly(243, 219, 195);
                });
        // a first week is scaled over 30 days at least: 7 × 365 ÷ 30 = 85.2 → 85
        assertThat(new UsageStat("1.001193", "01", 2026, UsageSource.MEASURED, 7, 7, 7, 7).annualised()[0])
                .isEqualTo(85);
    }

    @Test
    void fullyOnlineProceduresAreExcludedUnlessAskedForAndMarked() {
        Procedure online = Samples.named("2.000001", "Cấp phiếu lý lịch tư pháp", "Lý lịch tư pháp");
        procedures.create(new Procedure(online.code(), online.name(), online.field(), online.level(), online.agencyCode(),
                null, online.applicantType(), 10, OnlineLevel.FULL, "", "", null, null, null, null, null, null,
                online.dossierComponents(), online.fees(), online.asIsActivities(), List.of(), 0), TESTER);
        procedures.create(Samples.birthRegistration("1.001193"), TESTER);

        var excluded = assessment.rank(new RankingRequest(Scope.NATIONAL, "balanced", ProcedureFilter.none(),
                OnlineInclusion.EXCLUDE_FULLY_ONLINE, 0, 10));
        var included = assessment.rank(new RankingRequest(Scope.NATIONAL, "balanced", ProcedureFilter.none(),
                OnlineInclusion.INCLUDE_FULLY_ONLINE, 0, 10));

        assertThat(excluded.items()).extracting(PriorityItem::code).containsExactly("1.001193");
        assertThat(included.items()).extracting(PriorityItem::code).contains("2.000001");
        assertThat(included.items()).filteredOn(PriorityItem::fullyOnline).extracting(PriorityItem::code)
                .containsExactly("2.000001");
        assertThat(excluded.hiddenFullyOnline()).isEqualTo(1);
        assertThat(included.hiddenFullyOnline()).isZero();
        var searched = assessment.rank(new RankingRequest(Scope.NATIONAL, "balanced",
                ProcedureFilter.none().withText("ly lich"), OnlineInclusion.EXCLUDE_FULLY_ONLINE, 0, 10));
        assertThat(searched.total()).isZero();
        assertThat(searched.hiddenFullyOnline()).isEqualTo(1);
    }

    /**
     * Five procedures whose dossiers per year are 500, 100, 400, 200 and 300: listed by any column either way, each
     * keeps its rank, every one is reachable page by page, and the export pass lists them all in the same order.
     */
    @Test
    void aLongRankingIsListedByAnyColumnPageByPage() {
        String[][] named = {{"1.000001", "Đăng ký kết hôn"}, {"1.000002", "Cấp bản sao trích lục"},
            {"1.000003", "Đăng ký khai tử"}, {"1.000004", "Dán tem"}, {"1.000005", "Ân xá"}};
        int[] volumes = {500, 100, 400, 200, 300};
        for (int i = 0; i < named.length; i++) {
            procedures.create(Samples.named(named[i][0], named[i][1], "Hộ tịch"), TESTER);
            store.usage().save(List.of(new UsageStat(named[i][0], "79", 2024, UsageSource.IMPORTED, volumes[i], 0,
                    volumes[i])));
        }
        java.util.function.BiFunction<String, Integer, RankingResult> page = (sort, offset) -> assessment.rank(
                new RankingRequest(Scope.NATIONAL, "balanced", ProcedureFilter.none(), OnlineInclusion.EXCLUDE_FULLY_ONLINE,
                        offset, 2, java.util.Map.of(), RankingSort.parse(sort)));

        RankingResult byRank = assessment.rank(new RankingRequest(Scope.NATIONAL, "balanced", ProcedureFilter.none(),
                OnlineInclusion.EXCLUDE_FULLY_ONLINE, 0, 10));
        java.util.Map<String, Integer> ranks = new java.util.HashMap<>();
        byRank.items().forEach(i -> ranks.put(i.code(), i.rank()));
        assertThat(byRank.sort()).isEqualTo("rank");

        List<String> byVolume = new java.util.ArrayList<>();
        for (int offset = 0; offset < 6; offset += 2) {
            RankingResult result = page.apply("-volume", offset);
            assertThat(result.total()).isEqualTo(5);
            assertThat(result.sort()).isEqualTo("-volume");
            result.items().forEach(i -> {
                byVolume.add(i.code());
                assertThat(i.rank()).isEqualTo(ranks.get(i.code()));
            });
        }
        assertThat(byVolume).containsExactly("1.000001", "1.000003", "1.000005", "1.000004", "1.000002");
        assertThat(page.apply("volume", 4).items()).extracting(PriorityItem::code).containsExactly("1.000001");
        assertThat(page.apply("volume", 0).items()).extracting(PriorityItem::code)
                .containsExactly("1.000002", "1.000004");
        // Vietnamese order: Â after A, Đ after D
        List<String> byName = new java.util.ArrayList<>();
        for (int offset = 0; offset < 6; offset += 2) {
            page.apply("name", offset).items().forEach(i -> byName.add(i.name()));
        }
        assertThat(byName).containsExactly("Ân xá", "Cấp bản sao trích lục", "Dán tem", "Đăng ký kết hôn",
                "Đăng ký khai tử");
        assertThat(page.apply("-rank", 0).items()).extracting(PriorityItem::rank).containsExactly(5, 4);
        assertThat(page.apply("score", 0).items()).extracting(PriorityItem::rank).containsExactly(5, 4);
        assertThat(page.apply("-score", 0).items()).extracting(PriorityItem::rank).containsExactly(1, 2);
        assertThat(page.apply("-name", 0).items()).extracting(PriorityItem::name)
                .containsExactly("Đăng ký khai tử", "Đăng ký kết hôn");

        List<String> exported = new java.util.ArrayList<>();
        int total = assessment.forEachRanked(new RankingRequest(Scope.NATIONAL, "balanced", ProcedureFilter.none(),
                OnlineInclusion.EXCLUDE_FULLY_ONLINE, 0, 1, java.util.Map.of(), RankingSort.parse("-volume")),
                i -> exported.add(i.code()));
        assertThat(total).isEqualTo(5);
        assertThat(exported).containsExactlyElementsOf(byVolume);

        assertThatThrownBy(() -> RankingSort.parse("popularity"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.location()).containsExactly("sort"));
    }

    @Test
    void changesReachTheRankingWithoutReload() {
        procedures.create(Samples.birthRegistration("1.001193"), TESTER);
        RankingRequest request = new RankingRequest(Scope.NATIONAL, null, ProcedureFilter.none().withText("khai tu"),
                OnlineInclusion.EXCLUDE_FULLY_ONLINE, 0, 10);
        assertThat(assessment.rank(request).total()).isZero();

        procedures.create(Samples.named("1.000656", "Đăng ký khai tử", "Hộ tịch"), TESTER);
        assertThat(assessment.rank(request).total()).isEqualTo(1);

        procedures.delete("1.000656", TESTER, "");
        assertThat(assessment.rank(request).total()).isZero();
    }

    @Test
    void aNewTariffReachesTheRankingsCosts() {
        procedures.create(Samples.birthRegistration("1.001193"), TESTER);
        store.usage().save(List.of(new UsageStat("1.001193", "79", 2024, UsageSource.IMPORTED, 1000, 400, 950)));
        RankingRequest request = new RankingRequest(Scope.parse("79"), null, ProcedureFilter.none(),
                OnlineInclusion.EXCLUDE_FULLY_ONLINE, 0, 10);
        assertThat(assessment.rank(request).items().get(0).annualCostVnd()).isEqualByComparingTo("111712500");

        // 8,800,000 / 22 / 8 = 50,000 VND/h; hours 0.5 + 1.25 × 0.6 + 0.75 × 0.6 + 0.25 = 1.95 h → 97,500;
        // out-of-pocket 30,000 × 0.6 + 2,000 = 20,000; fees 6,400: 123,900 per dossier × 1,000.
        store.tariffs().save(new Tariff(procedo.catalog.procedure.ApplicantType.CITIZEN, 2024,
                new BigDecimal("8800000"), new BigDecimal("22"), new BigDecimal("8"), "test"));

        assertThat(assessment.rank(request).items().get(0).annualCostVnd()).isEqualByComparingTo("123900000");
    }

    @Test
    void unknownScopesAndProfilesAreNamed() {
        assertThatThrownBy(() -> assessment.rank(new RankingRequest(Scope.parse("XX"), null, ProcedureFilter.none(),
                OnlineInclusion.EXCLUDE_FULLY_ONLINE, 0, 10)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).location()).isEqualTo("scope"));
        assertThatThrownBy(() -> assessment.rank(new RankingRequest(Scope.NATIONAL, "nope", ProcedureFilter.none(),
                OnlineInclusion.EXCLUDE_FULLY_ONLINE, 0, 10)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).location()).isEqualTo("profile"));
    }

    @Test
    void thePortfolioTakesTheBestSetWithinTheBudget() {
        procedures.create(Samples.birthRegistration("1.001193"), TESTER);
        procedures.create(Samples.named("1.000656", "Đăng ký khai tử", "Hộ tịch"), TESTER);
        store.usage().save(List.of(
                new UsageStat("1.001193", "79", 2024, UsageSource.IMPORTED, 1000, 400, 950),
                new UsageStat("1.000656", "79", 2024, UsageSource.IMPORTED, 10, 0, 10)));
        int effort = Procedure.defaultEffortDays(2, 4, 1);

        PortfolioResult portfolio = assessment.portfolio(new PortfolioRequest(Scope.NATIONAL, ProcedureFilter.none(),
                OnlineInclusion.EXCLUDE_FULLY_ONLINE, effort));

        assertThat(portfolio.selected()).extracting(c -> c.code()).containsExactly("1.001193");
        assertThat(portfolio.totalEffortDays()).isEqualTo(effort);
        assertThat(portfolio.totalSavingVnd()).isEqualByComparingTo("72900000");
    }

    /** A variant of birth registration: its effort, online level, fees and activities as given. */
    private static Procedure variant(String code, Integer effortDays, OnlineLevel online, boolean withCosts,
                                     List<procedo.catalog.cost.Activity> toBe) {
        Procedure p = Samples.named(code, "Thủ tục " + code, "Hộ tịch");
        return new Procedure(code, p.name(), p.field(), p.level(), p.agencyCode(), null, p.applicantType(),
                p.processingDays(), online, p.legalBasis(), p.decision(), p.status(), null, null, effortDays, null,
                null, p.dossierComponents(), withCosts ? p.fees() : List.of(),
                withCosts ? p.asIsActivities() : List.of(), toBe, 0);
    }

    @Test
    void thePortfolioSaysWhyEachProcedureWasLeftOut() {
        procedures.create(Samples.birthRegistration("1.001193"), TESTER);
        procedures.create(Samples.named("1.000656", "Đăng ký khai tử", "Hộ tịch"), TESTER);
        procedures.create(variant("2.000001", 100, OnlineLevel.PARTIAL, true, List.of()), TESTER);
        procedures.create(variant("2.000002", null, OnlineLevel.PARTIAL, true, List.of()), TESTER);
        procedures.create(variant("2.000003", null, OnlineLevel.PARTIAL, false, List.of()), TESTER);
        procedures.create(variant("2.000004", null, OnlineLevel.FULL, true, List.of()), TESTER);
        procedures.create(variant("2.000005", null, OnlineLevel.PARTIAL, true, List.of(new procedo.catalog.cost.Activity(
                "Chờ kết quả", procedo.catalog.cost.ActivityKind.WAIT, Samples.d("20"), Samples.d("0"), Samples.d("1")))),
                TESTER);
        List<UsageStat> usage = new java.util.ArrayList<>(List.of(
                new UsageStat("1.001193", "79", 2024, UsageSource.IMPORTED, 1000, 400, 950),
                new UsageStat("1.000656", "79", 2024, UsageSource.IMPORTED, 10, 0, 10)));
        for (String code : List.of("2.000001", "2.000003", "2.000004", "2.000005")) {
            usage.add(new UsageStat(code, "79", 2024, UsageSource.IMPORTED, 100, 0, 100));
        }
        store.usage().save(usage);
        int effort = Procedure.defaultEffortDays(2, 4, 1);

        PortfolioResult portfolio = assessment.portfolio(new PortfolioRequest(Scope.NATIONAL, ProcedureFilter.none(),
                OnlineInclusion.EXCLUDE_FULLY_ONLINE, effort + 5, null, java.util.Map.of(
                        procedo.catalog.priority.Criterion.VOLUME, BigDecimal.ONE), PortfolioRequest.LEFT_OUT_LISTED));

        assertThat(portfolio.selected()).extracting(PortfolioItem::code).containsExactly("1.001193");
        assertThat(portfolio.selected().get(0).rank()).isEqualTo(1);
        assertThat(portfolio.selected().get(0).savingVnd()).isEqualByComparingTo("72900000");
        assertThat(portfolio.selected().get(0).dossiersPerYear()).isEqualTo(1000);
        assertThat(portfolio.profile().weight(procedo.catalog.priority.Criterion.ANNUAL_COST)).isZero();
        assertThat(portfolio.remainingDays()).isEqualTo(5);
        assertThat(portfolio.leftOut()).extracting(LeftOutProcedure::code, LeftOutProcedure::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1.000656", LeftOutReason.NOT_CHOSEN),
                org.assertj.core.groups.Tuple.tuple("2.000001", LeftOutReason.OVER_BUDGET),
                org.assertj.core.groups.Tuple.tuple("2.000005", LeftOutReason.NO_SAVING),
                org.assertj.core.groups.Tuple.tuple("2.000002", LeftOutReason.NO_USAGE),
                org.assertj.core.groups.Tuple.tuple("2.000003", LeftOutReason.NO_COST_DATA),
                org.assertj.core.groups.Tuple.tuple("2.000004", LeftOutReason.FULLY_ONLINE));
        // 10 dossiers, none online: (105,312.5 + 8,000 in-person fee − 38,812.5) × 10
        assertThat(portfolio.leftOut().get(0).savingVnd()).isEqualByComparingTo("745000");
        assertThat(portfolio.leftOutTotal()).isEqualTo(6);
        assertThat(portfolio.leftOutCounts()).containsEntry(LeftOutReason.NOT_CHOSEN, 1).hasSize(6);

        PortfolioResult short2 = assessment.portfolio(new PortfolioRequest(Scope.NATIONAL, ProcedureFilter.none(),
                OnlineInclusion.INCLUDE_FULLY_ONLINE, effort + 5, null, null, 2));
        assertThat(short2.leftOut()).hasSize(2);
        assertThat(short2.leftOutTotal()).isEqualTo(6);
        assertThat(short2.leftOutCounts()).doesNotContainKey(LeftOutReason.FULLY_ONLINE);
    }
}
