package procedo.templates.adoption;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import procedo.templates.model.FormField;
import procedo.templates.model.TemplateComponent;
import procedo.templates.model.TemplateFee;
import procedo.templates.model.TemplatePackage;

/**
 * Compares a locality's effective package (its central version with its overrides) with the current standard,
 * matching components, fees and fields by their stable ids.
 */
public final class DeviationAnalysis {

    private DeviationAnalysis() {
    }

    /**
     * @param localHelp the fields whose help text the locality overrides (other help differences come from an
     *                  outdated version, reported as such)
     */
    public static List<Deviation> compare(TemplatePackage standard, TemplatePackage local, String agencyName,
                                          Set<String> localHelp) {
        List<Deviation> out = new ArrayList<>();
        if (!standard.version().equals(local.version())) {
            out.add(new Deviation(Deviation.Kind.OUTDATED_VERSION, "version", standard.version(), local.version()));
        }
        Map<String, TemplateComponent> std = standard.components().stream()
                .collect(Collectors.toMap(TemplateComponent::id, Function.identity(), (a, b) -> a));
        Map<String, TemplateComponent> loc = local.components().stream()
                .collect(Collectors.toMap(TemplateComponent::id, Function.identity(), (a, b) -> a));
        for (TemplateComponent c : local.components()) {
            if (!std.containsKey(c.id())) {
                out.add(new Deviation(Deviation.Kind.EXTRA_DOCUMENT, c.id(), null, c.name()));
            }
        }
        for (TemplateComponent c : standard.components()) {
            if (!loc.containsKey(c.id())) {
                out.add(new Deviation(Deviation.Kind.FEWER_DOCUMENTS, c.id(), c.name(), null));
            }
        }
        if (local.processingDays() > standard.processingDays()) {
            out.add(new Deviation(Deviation.Kind.LONGER_TIME, "processingDays",
                    String.valueOf(standard.processingDays()), String.valueOf(local.processingDays())));
        } else if (local.processingDays() < standard.processingDays()) {
            out.add(new Deviation(Deviation.Kind.SHORTER_TIME, "processingDays",
                    String.valueOf(standard.processingDays()), String.valueOf(local.processingDays())));
        }
        Map<String, TemplateFee> stdFees = standard.fees().stream()
                .collect(Collectors.toMap(TemplateFee::id, Function.identity(), (a, b) -> a));
        for (TemplateFee fee : local.fees()) {
            TemplateFee s = stdFees.get(fee.id());
            BigDecimal base = s == null ? BigDecimal.ZERO : s.amountVnd();
            int cmp = fee.amountVnd().compareTo(base);
            if (cmp != 0) {
                out.add(new Deviation(cmp > 0 ? Deviation.Kind.HIGHER_FEE : Deviation.Kind.LOWER_FEE,
                        fee.id() + " (" + fee.name() + ")", base.toPlainString(), fee.amountVnd().toPlainString()));
            }
        }
        if (!Objects.equals(standard.agencyCode(), local.agencyCode())) {
            out.add(new Deviation(Deviation.Kind.OTHER_AGENCY, "agencyCode", standard.agencyCode(),
                    agencyName == null ? local.agencyCode() : local.agencyCode() + " (" + agencyName + ")"));
        }
        Map<String, FormField> stdFields = standard.allFields()
                .collect(Collectors.toMap(FormField::id, Function.identity(), (a, b) -> a));
        Set<String> locFields = local.allFields().map(FormField::id).collect(Collectors.toSet());
        local.allFields().forEach(f -> {
            FormField s = stdFields.get(f.id());
            if (s == null) {
                out.add(new Deviation(Deviation.Kind.EXTRA_FIELD, f.id(), null, f.label()));
            } else if (localHelp.contains(f.id()) && !s.help().equals(f.help())) {
                out.add(new Deviation(Deviation.Kind.LOCAL_HELP_TEXT, f.id(), s.help(), f.help()));
            }
        });
        standard.allFields().filter(f -> !locFields.contains(f.id()))
                .forEach(f -> out.add(new Deviation(Deviation.Kind.FEWER_FIELDS, f.id(), f.label(), null)));
        out.sort((a, b) -> a.kind().compareTo(b.kind()));
        return out;
    }
}
