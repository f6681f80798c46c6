package procedo.templates.adoption;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import procedo.catalog.error.Problems;
import procedo.catalog.number.Decimals;
import procedo.templates.model.FormField;
import procedo.templates.model.TemplateFee;
import procedo.templates.model.TemplatePackage;

/** What local law allows: each override checked against the central version, each refusal with its reason. */
public final class AdoptionRules {

    private final Predicate<String> agencyExists;

    public AdoptionRules(Predicate<String> agencyExists) {
        this.agencyExists = agencyExists;
    }

    /** Refuses overrides that local law does not allow against {@code standard}, listing every one. */
    public void check(TemplatePackage standard, Overrides o) {
        Problems problems = new Problems();
        if (o.agencyCode() != null && !agencyExists.test(o.agencyCode())) {
            problems.add("overrides.agencyCode", "agency '" + o.agencyCode() + "' is not in the catalog");
        }
        if (o.processingDays() != null) {
            if (o.processingDays() < 0) {
                problems.add("overrides.processingDays", "must not be negative");
            } else if (o.processingDays() > standard.processingDays()) {
                problems.add("overrides.processingDays", "a locality may shorten the processing time,"
                        + " not lengthen it: " + o.processingDays() + " working days is longer than the national standard of "
                        + standard.processingDays() + " (version " + standard.version() + ")");
            }
        }
        Set<String> feeIds = standard.fees().stream().map(TemplateFee::id).collect(Collectors.toSet());
        for (Map.Entry<String, BigDecimal> fee : o.feeAmounts().entrySet()) {
            if (!feeIds.contains(fee.getKey())) {
                problems.add("overrides.feeAmounts." + fee.getKey(), "the standard has no fee '"
                        + fee.getKey() + "'; a locality sets the amount of a standard fee, it does not add fees"
                        + (feeIds.isEmpty() ? "" : " (fees: " + String.join(", ", feeIds.stream().sorted().toList()) + ")"));
            } else if (fee.getValue() == null || fee.getValue().signum() < 0) {
                problems.add("overrides.feeAmounts." + fee.getKey(), "must be an amount of 0 đồng or more");
            } else if (Decimals.places(fee.getValue()) > 0) {
                problems.add("overrides.feeAmounts." + fee.getKey(), "must be whole đồng");
            }
        }
        Set<String> fieldIds = standard.allFields().map(FormField::id).collect(Collectors.toSet());
        for (Map.Entry<String, String> help : o.helpTexts().entrySet()) {
            if (!fieldIds.contains(help.getKey())) {
                problems.add("overrides.helpTexts." + help.getKey(), "the standard has no field '"
                        + help.getKey() + "'");
            } else if (help.getValue() == null || help.getValue().length() > 2000) {
                problems.add("overrides.helpTexts." + help.getKey(), "must be a text of at most 2000 characters");
            }
        }
        problems.throwIfAny();
    }

    /**
     * The overrides that no longer fit a new central version: the officer must resolve them before the adoption
     * moves to it.
     */
    public List<Conflict> conflicts(TemplatePackage from, TemplatePackage to, Overrides o) {
        List<Conflict> conflicts = new ArrayList<>();
        if (o.processingDays() != null && o.processingDays() > to.processingDays()) {
            conflicts.add(new Conflict("processingDays", String.valueOf(o.processingDays()),
                    String.valueOf(to.processingDays()), "the new standard allows at most " + to.processingDays()
                    + " working days; the local time of " + o.processingDays() + " would be longer"));
        }
        Map<String, TemplateFee> toFees = to.fees().stream().collect(Collectors.toMap(TemplateFee::id, f -> f));
        Map<String, TemplateFee> fromFees = from.fees().stream().collect(Collectors.toMap(TemplateFee::id, f -> f));
        for (Map.Entry<String, BigDecimal> fee : o.feeAmounts().entrySet()) {
            TemplateFee now = toFees.get(fee.getKey());
            if (now == null) {
                conflicts.add(new Conflict("feeAmounts." + fee.getKey(), fee.getValue().toPlainString(), null,
                        "the new standard no longer has this fee"));
            } else if (fromFees.containsKey(fee.getKey())
                    && fromFees.get(fee.getKey()).amountVnd().compareTo(now.amountVnd()) != 0) {
                conflicts.add(new Conflict("feeAmounts." + fee.getKey(), fee.getValue().toPlainString(),
                        now.amountVnd().toPlainString(), "the standard amount changed from "
                        + fromFees.get(fee.getKey()).amountVnd().toPlainString() + " to " + now.amountVnd().toPlainString()
                        + " đồng; confirm the local amount"));
            }
        }
        Map<String, FormField> toFields = to.allFields().collect(Collectors.toMap(FormField::id, f -> f, (a, b) -> a));
        Map<String, FormField> fromFields = from.allFields().collect(Collectors.toMap(FormField::id, f -> f, (a, b) -> a));
        for (Map.Entry<String, String> help : o.helpTexts().entrySet()) {
            FormField now = toFields.get(help.getKey());
            if (now == null) {
                conflicts.add(new Conflict("helpTexts." + help.getKey(), help.getValue(), null,
                        "the new standard no longer has this field"));
            } else if (fromFields.containsKey(help.getKey()) && !fromFields.get(help.getKey()).help().equals(now.help())) {
                conflicts.add(new Conflict("helpTexts." + help.getKey(), help.getValue(), now.help(),
                        "the standard help text of this field changed; confirm the local text"));
            }
        }
        return conflicts;
    }

    /** One override that does not fit a new central version. */
    public record Conflict(String part, String local, String standard, String message) {
    }
}
