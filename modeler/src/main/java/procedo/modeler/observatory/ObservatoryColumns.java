package procedo.modeler.observatory;

import static procedo.modeler.observatory.Thresholds.Direction.HIGHER_IS_BETTER;
import static procedo.modeler.observatory.Thresholds.Direction.LOWER_IS_BETTER;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import procedo.catalog.error.Problems;
import procedo.catalog.number.Decimals;
import procedo.catalog.text.Text;
import procedo.catalog.usage.UsageSource;
import procedo.engine.Kpis;
import procedo.modeler.digitisation.DigitisationFigures;
import procedo.modeler.golive.Stage;
import procedo.modeler.golive.StageMove;

/**
 * The observatory's columns, in the order they are shown: the one place where a column is defined. A column whose
 * data Procedo does not record yet is declared with the reason every row shows; once its data exists it becomes an
 * {@link ObservatoryColumn#of} with the function taking its figure from {@link ProcedureFacts}.
 */
public final class ObservatoryColumns {

    /** The sources whose figures count as statistics, the better first: a locality's imported figure, else its estimate. */
    static final List<UsageSource> STATISTICS = List.of(UsageSource.IMPORTED, UsageSource.ESTIMATED);

    private ObservatoryColumns() {
    }

    /**
     * The columns, rated by {@code settings}; refuses settings that name no rated column, are not both given for a
     * column, or put a good threshold on the poor side of the poor one.
     */
    public static List<ObservatoryColumn> of(ThresholdSettings settings) {
        Rated rated = new Rated(settings);
        List<ObservatoryColumn> columns = List.of(
                ObservatoryColumn.of("volume", ColumnUnit.DOSSIERS, null, ObservatoryColumns::volume),
                ObservatoryColumn.of("onlineShare", ColumnUnit.SHARE, rated.by("onlineShare", HIGHER_IS_BETTER),
                        ObservatoryColumns::onlineShare),
                ObservatoryColumn.of("onTimeRate", ColumnUnit.SHARE, rated.by("onTimeRate", HIGHER_IS_BETTER),
                        ObservatoryColumns::onTimeRate),
                ObservatoryColumn.of("refusalRate", ColumnUnit.SHARE, rated.by("refusalRate", LOWER_IS_BETTER),
                        ObservatoryColumns::refusalRate),
                ObservatoryColumn.of("digitisedShare", ColumnUnit.SHARE,
                        rated.by("digitisedShare", HIGHER_IS_BETTER), ObservatoryColumns::digitisedShare),
                ObservatoryColumn.of("electronicResults", ColumnUnit.SHARE,
                        rated.by("electronicResults", HIGHER_IS_BETTER), ObservatoryColumns::electronicResults),
                ObservatoryColumn.of("satisfaction", ColumnUnit.SCORE, rated.by("satisfaction", HIGHER_IS_BETTER),
                        ObservatoryColumns::satisfaction),
                ObservatoryColumn.of("costPerDossier", ColumnUnit.VND, rated.by("costPerDossier", LOWER_IS_BETTER),
                        ObservatoryColumns::costPerDossier),
                ObservatoryColumn.of("stage", ColumnUnit.STAGE, null, ObservatoryColumns::stage));
        rated.check();
        return columns;
    }

    // ---------------------------------------------------------------- the figures of the columns with data

    /** The statistics' dossiers of the year, the engine's count beside them. */
    static Figure volume(ProcedureFacts f) {
        UsageYear s = f.statistics();
        Figure statistics = s == null ? noStatistics(f)
                : Figure.of(BigDecimal.valueOf(s.total()), FigureSource.STATISTICS, s.year(), s.total(), s.localities(),
                s.mostCoveredDays(), statisticsNote(s, Text.of("modeler.observatory.note.volume", n(s.total()), year(s.year()),
                        s.localities(), sources(s))));
        UsageYear m = f.measured();
        return statistics.withBeside(m == null ? null : Figure.of(BigDecimal.valueOf(m.total()), FigureSource.MEASURED,
                m.year(), m.total(), m.localities(), m.mostCoveredDays(), measuredNote(m,
                        Text.of("modeler.observatory.note.measuredVolume", n(m.total()), year(m.year()), m.localities()))));
    }

    /** Online dossiers ÷ all dossiers of the statistics' year; the engine's share beside. */
    static Figure onlineShare(ProcedureFacts f) {
        UsageYear s = f.statistics();
        Figure statistics = s == null ? noStatistics(f) : s.total() == 0 ? noDossiers(s)
                : Figure.of(Figure.share(s.online(), s.total()), FigureSource.STATISTICS, s.year(), s.total(),
                s.localities(), s.mostCoveredDays(), statisticsNote(s, Text.of("modeler.observatory.note.online",
                        n(s.online()), n(s.total()), year(s.year()), sources(s))));
        UsageYear m = f.measured();
        return statistics.withBeside(m == null || m.total() == 0 ? null
                : Figure.of(Figure.share(m.online(), m.total()), FigureSource.MEASURED, m.year(), m.total(),
                m.localities(), m.mostCoveredDays(), measuredNote(m, Text.of("modeler.observatory.note.measuredOnline",
                        n(m.online()), n(m.total()), year(m.year())))));
    }

    /**
     * The engine's refusal rate: dossiers refused ÷ dossiers decided (granted or refused); withdrawn and cancelled
     * dossiers were never decided.
     */
    static Figure refusalRate(ProcedureFacts f) {
        Kpis k = f.kpis();
        if (k == null) {
            return Figure.missing(Text.of("modeler.observatory.missing.notRunning"));
        }
        if (k.casesDecided() == 0) {
            return Figure.missing(Text.of("modeler.observatory.missing.noneCompleted", n(k.casesOpen())));
        }
        return Figure.of(Figure.share(k.casesRefused(), k.casesDecided()), FigureSource.ENGINE, null, k.casesDecided(),
                null, null, Text.of("modeler.observatory.note.refusal", n(k.casesRefused()), n(k.casesDecided())));
    }

    /** The engine's on-time rate over the cases it saw decided (granted or refused); the statistics' share beside. */
    static Figure onTimeRate(ProcedureFacts f) {
        Kpis k = f.kpis();
        Figure engine;
        if (k == null) {
            engine = Figure.missing(Text.of("modeler.observatory.missing.notRunning"));
        } else if (k.casesDecided() == 0 || k.onTimeRate() == null) {
            engine = Figure.missing(Text.of("modeler.observatory.missing.noneCompleted", n(k.casesOpen())));
        } else {
            engine = Figure.of(k.onTimeRate(), FigureSource.ENGINE, null, k.casesDecided(), null, null,
                    Text.of("modeler.observatory.note.onTime", n(k.casesDecidedOnTime()), n(k.casesDecided())));
        }
        UsageYear s = f.statistics();
        return engine.withBeside(s == null || s.total() == 0 ? null
                : Figure.of(Figure.share(s.onTime(), s.total()), FigureSource.STATISTICS, s.year(), s.total(),
                s.localities(), s.mostCoveredDays(), statisticsNote(s, Text.of("modeler.observatory.note.onTimeStatistics",
                        n(s.onTime()), n(s.total()), year(s.year()), sources(s)))));
    }

    /** The as-is compliance cost of one dossier by the Standard Cost Model, in whole đồng. */
    static Figure costPerDossier(ProcedureFacts f) {
        var basis = f.costBasis();
        var entry = f.procedure();
        BigDecimal cost = basis.asIsCostPerDossier(entry);
        if (cost.signum() == 0) {
            return Figure.missing(Text.of("modeler.observatory.missing.noCostModel"));
        }
        return Figure.of(cost.setScale(0, RoundingMode.HALF_UP), FigureSource.COST_MODEL, basis.tariff().year(), null,
                null, null, Text.of("modeler.observatory.note.cost", plain(entry.asIsHours()),
                        basis.tariffVndPerHour(), year(basis.tariff().year()), plain(entry.asIsOutOfPocketVnd()),
                        plain(basis.feesVnd())));
    }

    /** Dossiers with no component on paper ÷ dossiers whose components were recorded at intake. */
    static Figure digitisedShare(ProcedureFacts f) {
        DigitisationFigures d = f.digitisation();
        if (d == null || d.digitisedShare() == null) {
            return Figure.missing(Text.of("modeler.observatory.missing.digitisation"));
        }
        return Figure.of(d.digitisedShare(), FigureSource.INTAKE, null, d.dossiers(), null, null,
                Text.of("modeler.observatory.note.digitised", n(d.dossiersDigitised()), n(d.dossiers()),
                        percent(d.reference().digitisedShare())));
    }

    /** Results issued as an electronic copy ÷ results whose medium was recorded. */
    static Figure electronicResults(ProcedureFacts f) {
        DigitisationFigures d = f.digitisation();
        if (d == null || d.electronicResultShare() == null) {
            return Figure.missing(Text.of("modeler.observatory.missing.electronicResults"));
        }
        return Figure.of(d.electronicResultShare(), FigureSource.INTAKE, null, d.results(), null, null,
                Text.of("modeler.observatory.note.electronicResults", n(d.resultsElectronic()), n(d.results()),
                        percent(d.reference().electronicResultShare())));
    }

    /** The applicants' mean score, 1 to 5. */
    static Figure satisfaction(ProcedureFacts f) {
        DigitisationFigures d = f.digitisation();
        if (d == null || d.meanScore() == null) {
            return Figure.missing(Text.of("modeler.observatory.missing.satisfaction"));
        }
        return Figure.of(d.meanScore(), FigureSource.RATINGS, null, d.ratings(), null, null,
                Text.of("modeler.observatory.note.satisfaction", d.meanScore(), n(d.ratings())));
    }

    /** The stage of the procedure's workflow as its step (1 design … 4 national rollout), and since when. */
    static Figure stage(ProcedureFacts f) {
        StageMove m = f.stage();
        if (m == null) {
            return Figure.missing(Text.of("modeler.observatory.missing.stage"));
        }
        Text note = m.stage() == Stage.PILOT
                ? Text.of("modeler.observatory.note.stagePilot", m.stage(), m.movedAt(), m.provinces().size())
                : Text.of("modeler.observatory.note.stage", m.stage(), m.movedAt());
        return Figure.of(BigDecimal.valueOf(m.stage().step()), null, null, null, null, null, note);
    }

    // ---------------------------------------------------------------- helpers

    /** A share as a percentage, as many decimals as it needs (0.1780 → 17.8). */
    private static BigDecimal percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros();
    }

    private static Figure noStatistics(ProcedureFacts f) {
        return Figure.missing(f.filter().year() == null ? Text.of("modeler.observatory.missing.noStatistics")
                : Text.of("modeler.observatory.missing.noStatisticsIn", year(f.filter().year())));
    }

    private static Figure noDossiers(UsageYear s) {
        return Figure.missing(Text.of("modeler.observatory.missing.noDossiers", year(s.year())));
    }

    /** The note, with what it does not cover when some localities' figures are only part of the year. */
    private static Text statisticsNote(UsageYear s, Text note) {
        return s.partYearLocalities() == 0 ? note : Text.of("modeler.observatory.note.partYear", note,
                s.partYearLocalities(), s.mostCoveredDays());
    }

    private static Text measuredNote(UsageYear m, Text note) {
        return m.partYearLocalities() == 0 ? Text.of("modeler.observatory.note.measuredWholeYear", note)
                : Text.of("modeler.observatory.note.measuredPartYear", note, m.mostCoveredDays());
    }

    /** The statistics' sources in words: estimated, imported, or both. */
    private static Text sources(UsageYear s) {
        return Text.join(s.sources().stream().sorted().map(source -> Text.of("modeler.observatory.source." + source.name()))
                .toList());
    }

    /** A count as the reader writes it (3.000 in Vietnamese). */
    private static BigDecimal n(long count) {
        return BigDecimal.valueOf(count);
    }

    /** A year as it is written, without grouping. */
    private static String year(int year) {
        return String.valueOf(year);
    }

    private static BigDecimal plain(BigDecimal value) {
        return Decimals.plain(value);
    }

    /** The thresholds the columns ask for, each checked once; settings no column asks for are problems. */
    private static final class Rated {
        private final ThresholdSettings settings;
        private final Set<String> used = new HashSet<>();
        private final Problems problems = new Problems();

        Rated(ThresholdSettings settings) {
            this.settings = settings;
        }

        Thresholds by(String key, Thresholds.Direction direction) {
            BigDecimal good = settings.values().get(key + ".good");
            BigDecimal poor = settings.values().get(key + ".poor");
            used.add(key + ".good");
            used.add(key + ".poor");
            if (good == null && poor == null) {
                return null;
            }
            if (good == null || poor == null) {
                problems.add(settings.source() + ": " + key, Text.of("modeler.observatory.thresholds.both", key));
                return null;
            }
            try {
                return new Thresholds(direction, good, poor);
            } catch (IllegalArgumentException e) {
                problems.add(settings.source() + ": " + key, Text.of(direction == HIGHER_IS_BETTER
                        ? "modeler.observatory.thresholds.higher" : "modeler.observatory.thresholds.lower", key));
                return null;
            }
        }

        void check() {
            settings.values().keySet().stream().filter(name -> !used.contains(name)).forEach(name -> problems.add(
                    settings.source() + ": " + name, Text.of("modeler.observatory.thresholds.unknown", name)));
            problems.throwIfAny();
        }
    }
}
