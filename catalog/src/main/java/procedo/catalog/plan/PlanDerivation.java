package procedo.catalog.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import procedo.catalog.cost.Activity;
import procedo.catalog.cost.ActivityKind;
import procedo.catalog.number.Decimals;
import procedo.catalog.procedure.DossierComponent;
import procedo.catalog.procedure.Procedure;

/**
 * Derives a procedure's to-be from its as-is and a plan's measures, deterministically. Measures apply by kind in
 * this fixed order (within a kind, in the plan's order), then the hand edits:
 * <ol>
 * <li><b>REMOVE_COMPONENT, ONCE_ONLY</b>: with n dossier components of which k are removed or reused, the
 *     preparation and copying effort (activities of kind PREPARE and COPY) is taken as shared evenly by the
 *     components: their hours become hours × (n − k) ÷ n, rounded half-up to 4 decimals, and their out-of-pocket
 *     amounts out-of-pocket × (n − k) ÷ n, rounded half-up to whole đồng.</li>
 * <li><b>ONLINE</b>: the TRAVEL and WAIT activities are removed and every dossier pays the online fee (the same
 *     rule as the catalog's full-online estimate).</li>
 * <li><b>MERGE</b> with m linked procedures: the steps the applicant now does once for the bundle of N = m + 1
 *     procedures (INFORMATION, TRAVEL, WAIT, SUBMIT, RECEIVE) keep share ÷ N, rounded half-up to 6 decimals.</li>
 * <li><b>CUT_FEE</b> p %: fees × (100 − p) ÷ 100, rounded half-up to whole đồng (100 % waives them).</li>
 * <li><b>CUT_PROCESSING_TIME</b>: the processing time limit becomes the smaller of the current one and the new one;
 *     it does not change the compliance cost (the Standard Cost Model counts the applicant's time, not the
 *     agency's).</li>
 * <li><b>hand edits</b> ({@link ActivityEdit}).</li>
 * </ol>
 * Rounded figures are the ones the to-be carries, so that every figure computed from them recomputes by hand.
 */
public final class PlanDerivation {

    private static final Set<ActivityKind> PREPARATION = EnumSet.of(ActivityKind.PREPARE, ActivityKind.COPY);
    private static final Set<ActivityKind> AT_THE_COUNTER = EnumSet.of(ActivityKind.TRAVEL, ActivityKind.WAIT);
    private static final Set<ActivityKind> SHARED_IN_BUNDLE = EnumSet.of(ActivityKind.INFORMATION,
            ActivityKind.TRAVEL, ActivityKind.WAIT, ActivityKind.SUBMIT, ActivityKind.RECEIVE);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * @param asIsFeesVnd   the fees of an average as-is dossier
     * @param onlineFeesVnd the fees of a dossier handed in online
     */
    public DerivedToBe derive(Procedure procedure, BigDecimal asIsFeesVnd, BigDecimal onlineFeesVnd,
                              List<Measure> measures, List<ActivityEdit> edits) {
        List<Working> activities = new ArrayList<>();
        for (Activity a : procedure.asIsActivities()) {
            activities.add(new Working(a.name(), a.kind(), a.hours(), a.outOfPocketVnd(), a.share()));
        }
        List<DerivedToBe.Removed> removed = new ArrayList<>();
        List<String> explanation = new ArrayList<>();
        BigDecimal fees = asIsFeesVnd;
        List<String> feeSteps = new ArrayList<>();
        feeSteps.add("as-is fees per dossier " + plain(asIsFeesVnd));
        Integer days = procedure.processingDays();

        // 1. dossier components
        Map<String, DerivedToBe.ComponentOutcome> outcomes = new LinkedHashMap<>();
        for (DossierComponent c : procedure.dossierComponents()) {
            outcomes.putIfAbsent(c.name(), new DerivedToBe.ComponentOutcome(c.caseName(), c.name(), "KEPT", null, null));
        }
        Set<String> gone = new LinkedHashSet<>();
        List<String> componentLabels = new ArrayList<>();
        for (Measure m : measures) {
            if (m instanceof Measure.RemoveComponent r && outcomes.containsKey(r.component()) && gone.add(r.component())) {
                DerivedToBe.ComponentOutcome o = outcomes.get(r.component());
                outcomes.put(r.component(), new DerivedToBe.ComponentOutcome(o.caseName(), o.name(), "REMOVED", null, m.label()));
                componentLabels.add(m.label());
            } else if (m instanceof Measure.OnceOnly r && outcomes.containsKey(r.component()) && gone.add(r.component())) {
                DerivedToBe.ComponentOutcome o = outcomes.get(r.component());
                outcomes.put(r.component(), new DerivedToBe.ComponentOutcome(o.caseName(), o.name(), "REUSED", r.database(), m.label()));
                componentLabels.add(m.label());
            }
        }
        int n = outcomes.size();
        int k = gone.size();
        if (k > 0 && n > 0) {
            BigDecimal remaining = BigDecimal.valueOf(n - k);
            BigDecimal total = BigDecimal.valueOf(n);
            for (Working w : activities) {
                if (PREPARATION.contains(w.kind)) {
                    w.hours = w.hours.multiply(remaining).divide(total, 4, RoundingMode.HALF_UP);
                    w.outOfPocket = w.outOfPocket.multiply(remaining).divide(total, 0, RoundingMode.HALF_UP);
                    w.changedBy.addAll(componentLabels);
                }
            }
            explanation.add(k + " of " + n + " dossier components no longer asked for: preparation and copying × "
                    + (n - k) + "/" + n + " (" + String.join("; ", componentLabels) + ")");
        }
        // 2. online
        for (Measure m : measures) {
            if (m instanceof Measure.Online) {
                List<String> names = new ArrayList<>();
                activities.removeIf(w -> {
                    if (AT_THE_COUNTER.contains(w.kind)) {
                        removed.add(new DerivedToBe.Removed(w.name, m.label()));
                        names.add(w.name);
                        return true;
                    }
                    return false;
                });
                fees = onlineFeesVnd;
                feeSteps.add("online fees per dossier " + plain(onlineFeesVnd) + " (" + m.label() + ")");
                explanation.add(m.label() + ": removes " + (names.isEmpty() ? "no activity" : String.join(", ", names))
                        + "; fees at the online rate " + plain(onlineFeesVnd));
                break;
            }
        }
        // 3. merge
        for (Measure m : measures) {
            if (m instanceof Measure.Merge merge && !merge.linkedCodes().isEmpty()) {
                BigDecimal bundle = BigDecimal.valueOf(merge.linkedCodes().size() + 1L);
                for (Working w : activities) {
                    if (SHARED_IN_BUNDLE.contains(w.kind)) {
                        w.share = w.share.divide(bundle, 6, RoundingMode.HALF_UP);
                        w.changedBy.add(m.label());
                    }
                }
                explanation.add(m.label() + ": shared steps (information, travel, waiting, submission, receipt) "
                        + "keep share ÷ " + bundle);
            }
        }
        // 4. fees
        for (Measure m : measures) {
            if (m instanceof Measure.CutFee cut && cut.percent() != null) {
                fees = fees.multiply(HUNDRED.subtract(cut.percent())).divide(HUNDRED, 0, RoundingMode.HALF_UP);
                feeSteps.add("× (100 − " + plain(cut.percent()) + ") ÷ 100 = " + plain(fees) + " (" + m.label() + ")");
                explanation.add(m.label() + ": fees per dossier " + plain(fees));
            }
        }
        // 5. processing time
        for (Measure m : measures) {
            if (m instanceof Measure.CutProcessingTime cut && cut.days() != null) {
                days = days == null ? cut.days() : Math.min(days, cut.days());
                explanation.add(m.label() + " (no change to the compliance cost)");
            }
        }
        // 6. hand edits
        for (ActivityEdit e : edits) {
            Working target = null;
            for (Working w : activities) {
                if (w.name.equals(e.name())) {
                    target = w;
                    break;
                }
            }
            if (e.removed()) {
                if (target != null) {
                    activities.remove(target);
                    removed.add(new DerivedToBe.Removed(target.name, ToBeActivity.HAND_EDIT));
                }
            } else if (target != null) {
                target.kind = e.kind() != null ? e.kind() : target.kind;
                target.hours = e.hours() != null ? e.hours() : target.hours;
                target.outOfPocket = e.outOfPocketVnd() != null ? e.outOfPocketVnd() : target.outOfPocket;
                target.share = e.share() != null ? e.share() : target.share;
                target.changedBy.add(ToBeActivity.HAND_EDIT);
            } else {
                Working added = new Working(e.name(), e.kind(), nonNull(e.hours()), nonNull(e.outOfPocketVnd()),
                        e.share() == null ? BigDecimal.ONE : e.share());
                added.changedBy.add(ToBeActivity.HAND_EDIT);
                activities.add(added);
            }
        }
        if (!edits.isEmpty()) {
            explanation.add(edits.size() + " hand edit(s) of the to-be activities");
        }
        List<ToBeActivity> result = new ArrayList<>();
        for (Working w : activities) {
            result.add(new ToBeActivity(w.name, w.kind == null ? ActivityKind.OTHER : w.kind, Decimals.plain(w.hours),
                    Decimals.plain(w.outOfPocket), Decimals.plain(w.share), List.copyOf(new LinkedHashSet<>(w.changedBy))));
        }
        return new DerivedToBe(result, removed, List.copyOf(outcomes.values()), Decimals.plain(fees), feeSteps, days,
                explanation);
    }

    private static BigDecimal nonNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static String plain(BigDecimal value) {
        return Decimals.plain(value).toPlainString();
    }

    private static final class Working {
        final String name;
        ActivityKind kind;
        BigDecimal hours;
        BigDecimal outOfPocket;
        BigDecimal share;
        final List<String> changedBy = new ArrayList<>();

        Working(String name, ActivityKind kind, BigDecimal hours, BigDecimal outOfPocket, BigDecimal share) {
            this.name = name;
            this.kind = kind;
            this.hours = hours;
            this.outOfPocket = outOfPocket;
            this.share = share;
        }
    }
}
