package procedo.templates.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import procedo.catalog.locality.Level;
import procedo.catalog.procedure.OnlineLevel;

/**
 * What a central agency publishes for one standardized procedure: the procedure's data, its dossier components
 * and its form templates, under one version.
 *
 * @param code           the procedure code (mã thủ tục), which is also the package's code
 * @param version        the package version, e.g. {@code 2025.1}
 * @param processingDays the standard processing time limit in working days
 */
public record TemplatePackage(String code, String version, String name, String field, Level level,
                              String agencyCode, int processingDays, OnlineLevel onlineLevel, String legalBasis,
                              List<TemplateFee> fees, List<TemplateComponent> components,
                              List<FormTemplate> forms) {

    public TemplatePackage {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(version, "version");
        name = name == null ? "" : name;
        field = field == null ? "" : field;
        agencyCode = FormField.blankToNull(agencyCode);
        onlineLevel = onlineLevel == null ? OnlineLevel.NONE : onlineLevel;
        legalBasis = legalBasis == null ? "" : legalBasis;
        fees = List.copyOf(Objects.requireNonNullElse(fees, List.of()));
        components = List.copyOf(Objects.requireNonNullElse(components, List.of()));
        forms = List.copyOf(Objects.requireNonNullElse(forms, List.of()));
    }

    public Optional<FormTemplate> form(String formCode) {
        return forms.stream().filter(f -> f.code().equals(formCode)).findFirst();
    }

    /** Every field of every form, group columns included. */
    public Stream<FormField> allFields() {
        return forms.stream().flatMap(FormTemplate::allFields);
    }

    public int fieldCount() {
        return forms.stream().mapToInt(f -> (int) f.allFields().count()).sum();
    }

    public TemplatePackage with(String newAgency, int newDays, List<TemplateFee> newFees, List<FormTemplate> newForms) {
        return new TemplatePackage(code, version, name, field, level, newAgency, newDays, onlineLevel, legalBasis,
                newFees, components, newForms);
    }
}
