package procedo.templates.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import procedo.templates.model.FieldType;
import procedo.templates.model.FormField;
import procedo.templates.model.FormSection;
import procedo.templates.model.FormTemplate;
import procedo.templates.model.TemplateComponent;
import procedo.templates.model.TemplateFee;
import procedo.templates.model.TemplatePackage;

/**
 * The rules a package must satisfy whatever its format: codes and ids well-formed and unique, references
 * resolved, validation rules consistent, the agency known to the catalog. Reports every problem, each located
 * through the {@link SourceMap}.
 */
public final class PackageValidator {

    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    public static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final Predicate<String> agencyExists;

    public PackageValidator(Predicate<String> agencyExists) {
        this.agencyExists = agencyExists;
    }

    public List<ImportError> validate(TemplatePackage p, SourceMap where) {
        List<ImportError> errors = new ArrayList<>();
        if (!CODE.matcher(p.code()).matches()) {
            errors.add(where.error("package:code", "code", "'" + p.code() + "' is not a procedure code (letters, digits, . _ -; up to 64)"));
        }
        if (!VERSION.matcher(p.version()).matches()) {
            errors.add(where.error("package:version", "version", "'" + p.version() + "' is not a version (letters, digits, . _ -; up to 32), e.g. 2025.1"));
        }
        if (p.name().isBlank()) {
            errors.add(where.error("package:name", "name", "is required"));
        }
        if (p.level() == null) {
            errors.add(where.error("package:level", "level", "is required (CENTRAL, PROVINCE or COMMUNE)"));
        }
        if (p.processingDays() < 0) {
            errors.add(where.error("package:processing_days", "processing_days", "must not be negative"));
        }
        if (p.agencyCode() != null && !agencyExists.test(p.agencyCode())) {
            errors.add(where.error("package:agency_code", "agency_code", "agency '" + p.agencyCode() + "' is not in the catalog"));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (TemplateFee fee : p.fees()) {
            String key = element("fee", fee.id(), "fee_id", "duplicated fee id '" + fee.id() + "'", seen, where, errors);
            if (fee.amountVnd().signum() < 0) {
                errors.add(where.error(key, "amount_vnd", "must not be negative"));
            }
            if (fee.amountVnd().scale() > 0) {
                errors.add(where.error(key, "amount_vnd", "must be whole đồng"));
            }
        }
        Set<String> formCodes = new HashSet<>();
        for (FormTemplate form : p.forms()) {
            formCodes.add(form.code());
        }
        for (TemplateComponent c : p.components()) {
            String key = element("component", c.id(), "component_id", "duplicated component id '" + c.id() + "'",
                    seen, where, errors);
            if (c.name().isBlank()) {
                errors.add(where.error(key, "name", "is required"));
            }
            if (c.originals() < 0 || c.copies() < 0) {
                errors.add(where.error(key, c.originals() < 0 ? "originals" : "copies", "must not be negative"));
            }
            if (c.formCode() != null && !formCodes.contains(c.formCode())) {
                errors.add(where.error(key, "form_code", "form '" + c.formCode() + "' is not in the Forms sheet"));
            }
        }
        for (FormTemplate form : p.forms()) {
            String key = occurrence("form:" + form.code(), seen);
            if (!ID.matcher(form.code()).matches()) {
                errors.add(where.error(key, "form_code", "'" + form.code() + "' is not a form code (letters, digits, . _ -)"));
            }
            if (seen.get("form:" + form.code()) > 1) {
                errors.add(where.error(key, "form_code", "duplicated form code '" + form.code() + "'"));
            }
            if (form.title().isBlank()) {
                errors.add(where.error(key, "title_vi", "is required"));
            }
            if (seen.get("form:" + form.code()) == 1 && form.sections().stream().allMatch(s -> s.fields().isEmpty())) {
                errors.add(where.error(key, "form_code", "form '" + form.code() + "' has no field in the Fields sheet"));
            }
            for (FormSection section : form.sections()) {
                for (FormField field : section.fields()) {
                    checkField(field, false, seen, where, errors);
                }
            }
        }
        return errors;
    }

    private void checkField(FormField f, boolean column, Map<String, Integer> seen, SourceMap where,
                            List<ImportError> errors) {
        String key = element("field", f.id(), "field_id", "duplicated field id '" + f.id()
                + "' (ids are unique in a package)", seen, where, errors);
        if (f.label().isBlank()) {
            errors.add(where.error(key, "label_vi", "is required"));
        }
        if (f.type().hasOptions() && f.options().isEmpty()) {
            errors.add(where.error(key, "options", "a " + f.type().code() + " field needs options (e.g. \"nam=Nam; nu=Nữ\")"));
        }
        if (!f.type().hasOptions() && !f.options().isEmpty()) {
            errors.add(where.error(key, "options", "only select and multiselect fields have options"));
        }
        if (f.minLength() != null && f.maxLength() != null && f.minLength() > f.maxLength()) {
            errors.add(where.error(key, "min_length", "is greater than max_length"));
        }
        if ((f.minLength() != null || f.maxLength() != null) && !(f.type().isTextual())) {
            errors.add(where.error(key, f.minLength() != null ? "min_length" : "max_length",
                    "lengths apply to text and textarea fields only"));
        }
        if (f.min() != null && f.max() != null && f.min().compareTo(f.max()) > 0) {
            errors.add(where.error(key, "min", "is greater than max"));
        }
        if ((f.min() != null || f.max() != null) && !f.type().isNumeric()) {
            errors.add(where.error(key, f.min() != null ? "min" : "max", "ranges apply to number and money fields only"));
        }
        if (f.pattern() != null) {
            try {
                Pattern.compile(f.pattern());
            } catch (PatternSyntaxException e) {
                errors.add(where.error(key, "pattern", "is not a valid regular expression: " + e.getDescription()));
            }
        }
        if (f.type() == FieldType.GROUP) {
            if (column) {
                errors.add(where.error(key, "type", "a table column cannot itself be a table"));
            }
            if (f.columns().isEmpty()) {
                errors.add(where.error(key, "type", "a group (table) needs columns: rows whose parent_id is '" + f.id() + "'"));
            }
            for (FormField c : f.columns()) {
                checkField(c, true, seen, where, errors);
            }
        }
    }

    /**
     * The source-map key of the next element of this kind and id, after checking that the id is well-formed and
     * not a duplicate ({@code duplicate} says so).
     */
    private static String element(String kind, String id, String property, String duplicate, Map<String, Integer> seen,
                                  SourceMap where, List<ImportError> errors) {
        String key = occurrence(kind + ":" + id, seen);
        checkId(id, key, property, where, errors);
        if (seen.get(kind + ":" + id) > 1) {
            errors.add(where.error(key, property, duplicate));
        }
        return key;
    }

    private static void checkId(String id, String key, String property, SourceMap where, List<ImportError> errors) {
        if (!ID.matcher(id).matches()) {
            errors.add(where.error(key, property, "'" + id + "' is not an id (letters, digits, . _ -; up to 64)"));
        }
    }

    private static String occurrence(String key, Map<String, Integer> seen) {
        return SourceMap.occurrence(key, seen.merge(key, 1, Integer::sum));
    }
}
