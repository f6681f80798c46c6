package procedo.templates.adoption;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problem;
import procedo.catalog.number.Decimals;
import procedo.catalog.text.Text;
import procedo.templates.model.FormField;
import procedo.templates.model.TemplateFee;
import procedo.templates.model.TemplatePackage;

/**
 * What local law allows: each override checked against the central version, each refusal with its reason and the
 * fee or field it concerns named as a person knows it.
 */
public final class AdoptionRules {

    /** The longest local help text of a field, in characters. */
    private static final int MAX_HELP = 2000;

    private final Predicate<String> agencyExists;

    public AdoptionRules(Predicate<String> agencyExists) {
        this.agencyExists = agencyExists;
    }

    /** Refuses overrides that local law does not allow against {@code standard}, listing every one. */
    public void check(TemplatePackage standard, Overrides o) {
        List<Problem> problems = new ArrayList<>();
        if (o.agencyCode() != null && !agencyExists.test(o.agencyCode())) {
            problems.add(new Problem("overrides.agencyCode",
                    Text.of("templates.package.unknownAgency", o.agencyCode())));
        }
        if (o.processingDays() != null) {
            if (o.processingDays() < 0) {
                problems.add(new Problem("overrides.processingDays", Text.of("catalog.problem.negative")));
            } else if (o.processingDays() > standard.processingDays()) {
                problems.add(new Problem("overrides.processingDays", Text.of("templates.adoption.longer",
                        o.processingDays(), standard.processingDays(), standard.version())));
            }
        }
        Map<String, TemplateFee> fees = standard.fees().stream()
                .collect(Collectors.toMap(TemplateFee::id, f -> f, (a, b) -> a));
        for (Map.Entry<String, BigDecimal> fee : o.feeAmounts().entrySet()) {
            String location = "overrides.feeAmounts." + fee.getKey();
            TemplateFee known = fees.get(fee.getKey());
            if (known == null) {
                problems.add(new Problem(location, fees.isEmpty()
                        ? Text.of("templates.adoption.unknownFee", fee.getKey())
                        : Text.of("templates.adoption.unknownFeeListed", fee.getKey(),
                                String.join(", ", fees.keySet().stream().sorted().toList()))));
            } else if (fee.getValue() == null || fee.getValue().signum() < 0) {
                problems.add(new Problem(location, Text.of("templates.adoption.feeAmount"), feePlace(known)));
            } else if (Decimals.places(fee.getValue()) > 0) {
                problems.add(new Problem(location, Text.of("templates.package.wholeDong"), feePlace(known)));
            } else if (!known.allowsHigherLocalAmount() && fee.getValue().compareTo(known.amountVnd()) > 0) {
                problems.add(new Problem(location, Text.of("templates.adoption.feeAboveStandard", fee.getValue(),
                        known.amountVnd(), standard.version()), feePlace(known)));
            }
        }
        Map<String, FormField> fields = standard.allFields()
                .collect(Collectors.toMap(FormField::id, f -> f, (a, b) -> a));
        for (Map.Entry<String, String> help : o.helpTexts().entrySet()) {
            String location = "overrides.helpTexts." + help.getKey();
            FormField known = fields.get(help.getKey());
            if (known == null) {
                problems.add(new Problem(location, Text.of("templates.adoption.unknownField", help.getKey())));
            } else if (help.getValue() == null || help.getValue().length() > MAX_HELP) {
                problems.add(new Problem(location, Text.of("templates.adoption.helpTooLong", MAX_HELP),
                        helpPlace(known)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** How a person names the amount of a fee: by its name. */
    private static Text feePlace(TemplateFee fee) {
        return Text.of("templates.place.fee", fee.name());
    }

    /** How a person names the local help text of a field: by the field's label. */
    private static Text helpPlace(FormField field) {
        return Text.of("templates.place.helpText", field.label());
    }

    /**
     * The overrides that no longer fit a new central version: the officer must resolve them before the adoption
     * moves to it.
     */
    public List<Conflict> conflicts(TemplatePackage from, TemplatePackage to, Overrides o) {
        List<Conflict> conflicts = new ArrayList<>();
        if (o.processingDays() != null && o.processingDays() > to.processingDays()) {
            conflicts.add(new Conflict("processingDays", Text.of("templates.field.overrides.processingDays"),
                    String.valueOf(o.processingDays()), String.valueOf(from.processingDays()),
                    String.valueOf(to.processingDays()),
                    Text.of("templates.conflict.longer", to.processingDays(), o.processingDays())));
        }
        Map<String, TemplateFee> toFees = to.fees().stream().collect(Collectors.toMap(TemplateFee::id, f -> f));
        Map<String, TemplateFee> fromFees = from.fees().stream().collect(Collectors.toMap(TemplateFee::id, f -> f));
        for (Map.Entry<String, BigDecimal> fee : o.feeAmounts().entrySet()) {
            TemplateFee now = toFees.get(fee.getKey());
            TemplateFee before = fromFees.get(fee.getKey());
            Text place = before != null ? feePlace(before) : now != null ? feePlace(now) : Text.verbatim(fee.getKey());
            if (now == null) {
                conflicts.add(new Conflict("feeAmounts." + fee.getKey(), place, fee.getValue().toPlainString(),
                        before == null ? null : before.amountVnd().toPlainString(), null,
                        Text.of("templates.conflict.feeGone")));
            } else if (before != null && before.amountVnd().compareTo(now.amountVnd()) != 0) {
                conflicts.add(new Conflict("feeAmounts." + fee.getKey(), place, fee.getValue().toPlainString(),
                        before.amountVnd().toPlainString(), now.amountVnd().toPlainString(),
                        Text.of("templates.conflict.feeChanged", before.amountVnd(), now.amountVnd())));
            }
        }
        Map<String, FormField> toFields = to.allFields().collect(Collectors.toMap(FormField::id, f -> f, (a, b) -> a));
        Map<String, FormField> fromFields = from.allFields()
                .collect(Collectors.toMap(FormField::id, f -> f, (a, b) -> a));
        for (Map.Entry<String, String> help : o.helpTexts().entrySet()) {
            FormField now = toFields.get(help.getKey());
            FormField before = fromFields.get(help.getKey());
            Text place = before != null ? helpPlace(before) : now != null ? helpPlace(now)
                    : Text.verbatim(help.getKey());
            if (now == null) {
                conflicts.add(new Conflict("helpTexts." + help.getKey(), place, help.getValue(),
                        before == null ? null : before.help(), null, Text.of("templates.conflict.fieldGone")));
            } else if (before != null && !before.help().equals(now.help())) {
                conflicts.add(new Conflict("helpTexts." + help.getKey(), place, help.getValue(), before.help(),
                        now.help(),
                        Text.of("templates.conflict.helpChanged")));
            }
        }
        return conflicts;
    }

    /**
     * One override that does not fit a new central version: which override ({@code part}, as named in requests),
     * how a person names it ({@code label}), the local value, the standard's value in the version adopted now
     * ({@code previous}) and in the new version ({@code standard}, null when gone), and why it does not fit.
     */
    public record Conflict(String part, Text label, String local, String previous, String standard, Text reason) {

        /** Why the override does not fit, in English. */
        public String message() {
            return reason.toString();
        }
    }
}
