package procedo.templates.adoption;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import procedo.templates.model.FormField;
import procedo.templates.model.FormSection;
import procedo.templates.model.FormTemplate;
import procedo.templates.model.TemplateFee;
import procedo.templates.model.TemplatePackage;

/**
 * What a locality may change in a central package, and nothing else: the implementing agency, the amounts of
 * fees (by fee id, set by the provincial People's Council), a processing time not longer than the standard, and
 * local help texts of fields (by field id). Empty members mean "as the standard".
 */
public record Overrides(String agencyCode, Integer processingDays, Map<String, BigDecimal> feeAmounts,
                        Map<String, String> helpTexts) {

    /** The parts a locality may override, as named in requests and refusals. */
    public static final List<String> ALLOWED = List.of("agencyCode", "processingDays", "feeAmounts", "helpTexts");

    public static final Overrides NONE = new Overrides(null, null, Map.of(), Map.of());

    public Overrides {
        agencyCode = agencyCode == null || agencyCode.isBlank() ? null : agencyCode;
        feeAmounts = new TreeMap<>(Objects.requireNonNullElse(feeAmounts, Map.of()));
        helpTexts = new TreeMap<>(Objects.requireNonNullElse(helpTexts, Map.of()));
    }

    /** The package as the locality applies it: the standard with these overrides. */
    public TemplatePackage applyTo(TemplatePackage standard) {
        List<TemplateFee> fees = standard.fees().stream()
                .map(f -> feeAmounts.containsKey(f.id()) ? f.withAmount(feeAmounts.get(f.id())) : f).toList();
        List<FormTemplate> forms = helpTexts.isEmpty() ? standard.forms() : standard.forms().stream()
                .map(form -> form.withSections(form.sections().stream()
                        .map(s -> new FormSection(s.title(), s.fields().stream().map(this::help).toList())).toList()))
                .toList();
        return standard.with(agencyCode == null ? standard.agencyCode() : agencyCode,
                processingDays == null ? standard.processingDays() : processingDays, fees, forms);
    }

    private FormField help(FormField f) {
        FormField withHelp = helpTexts.containsKey(f.id()) ? f.withHelp(helpTexts.get(f.id())) : f;
        if (f.columns().isEmpty()) {
            return withHelp;
        }
        List<FormField> columns = new ArrayList<>();
        f.columns().forEach(c -> columns.add(help(c)));
        return withHelp.withColumns(columns);
    }
}
