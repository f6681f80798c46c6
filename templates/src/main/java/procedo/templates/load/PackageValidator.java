package procedo.templates.load;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import procedo.catalog.error.Problems;
import procedo.catalog.text.Messages;
import procedo.catalog.text.Text;
import procedo.templates.model.FieldType;
import procedo.templates.model.FormField;
import procedo.templates.model.FormSection;
import procedo.templates.model.FormTemplate;
import procedo.templates.model.TemplateComponent;
import procedo.templates.model.TemplateFee;
import procedo.templates.model.TemplatePackage;

/**
 * The rules a package must satisfy whatever its format: codes and ids well-formed and unique, references
 * resolved, validation rules consistent, the agency known to the catalog. Reports every problem into the import's
 * {@link Problems}, each located through the {@link SourceMap}: at its cell in a workbook, at its path in JSON.
 */
public final class PackageValidator {

    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    public static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private static final Text REQUIRED = Text.of("catalog.problem.required");
    private static final Text NEGATIVE = Text.of("catalog.problem.negative");

    private final Predicate<String> agencyExists;

    public PackageValidator(Predicate<String> agencyExists) {
        this.agencyExists = agencyExists;
    }

    /** The problems of {@code p}, in English: the validation alone, for a package read elsewhere. */
    public List<ImportError> validate(TemplatePackage p, SourceMap where) {
        Problems problems = new Problems();
        validate(p, where, problems);
        return new ParsedPackage(p, where, problems).errors(Messages.ENGLISH);
    }

    /** Records every problem of {@code p} in {@code problems}. */
    public void validate(TemplatePackage p, SourceMap where, Problems problems) {
        if (!CODE.matcher(p.code()).matches()) {
            where.report(problems, "package:code", "code", Text.of("templates.package.badCode", p.code()));
        }
        if (!VERSION.matcher(p.version()).matches()) {
            where.report(problems, "package:version", "version", Text.of("templates.package.badVersion", p.version()));
        }
        if (p.name().isBlank()) {
            where.report(problems, "package:name", "name", REQUIRED);
        }
        if (p.level() == null) {
            where.report(problems, "package:level", "level", Text.of("templates.package.levelRequired"));
        }
        if (p.processingDays() < 0) {
            where.report(problems, "package:processing_days", "processing_days", NEGATIVE);
        }
        if (p.agencyCode() != null && !agencyExists.test(p.agencyCode())) {
            where.report(problems, "package:agency_code", "agency_code",
                    Text.of("templates.package.unknownAgency", p.agencyCode()));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (TemplateFee fee : p.fees()) {
            String key = element("fee", fee.id(), "fee_id", Text.of("templates.package.duplicateFee", fee.id()), seen,
                    where, problems);
            if (fee.amountVnd().signum() < 0) {
                where.report(problems, key, "amount_vnd", NEGATIVE);
            }
            if (fee.amountVnd().scale() > 0) {
                where.report(problems, key, "amount_vnd", Text.of("templates.package.wholeDong"));
            }
        }
        Set<String> formCodes = new HashSet<>();
        for (FormTemplate form : p.forms()) {
            formCodes.add(form.code());
        }
        for (TemplateComponent c : p.components()) {
            String key = element("component", c.id(), "component_id",
                    Text.of("templates.package.duplicateComponent", c.id()), seen, where, problems);
            if (c.name().isBlank()) {
                where.report(problems, key, "name", REQUIRED);
            }
            if (c.originals() < 0 || c.copies() < 0) {
                where.report(problems, key, c.originals() < 0 ? "originals" : "copies", NEGATIVE);
            }
            if (c.formCode() != null && !formCodes.contains(c.formCode())) {
                where.report(problems, key, "form_code", Text.of("templates.package.unknownForm", c.formCode()));
            }
        }
        for (FormTemplate form : p.forms()) {
            String key = occurrence("form:" + form.code(), seen);
            if (!ID.matcher(form.code()).matches()) {
                where.report(problems, key, "form_code", Text.of("templates.package.badFormCode", form.code()));
            }
            if (seen.get("form:" + form.code()) > 1) {
                where.report(problems, key, "form_code", Text.of("templates.package.duplicateForm", form.code()));
            }
            if (form.title().isBlank()) {
                where.report(problems, key, "title_vi", REQUIRED);
            }
            if (seen.get("form:" + form.code()) == 1 && form.sections().stream().allMatch(s -> s.fields().isEmpty())) {
                where.report(problems, key, "form_code",
                        Text.of("templates.package.formWithoutFields", form.code()));
            }
            for (FormSection section : form.sections()) {
                for (FormField field : section.fields()) {
                    checkField(field, false, seen, where, problems);
                }
            }
        }
    }

    private void checkField(FormField f, boolean column, Map<String, Integer> seen, SourceMap where,
                            Problems problems) {
        String key = element("field", f.id(), "field_id", Text.of("templates.package.duplicateField", f.id()), seen,
                where, problems);
        if (f.label().isBlank()) {
            where.report(problems, key, "label_vi", REQUIRED);
        }
        if (f.type().hasOptions() && f.options().isEmpty()) {
            where.report(problems, key, "options", Text.of("templates.package.optionsNeeded", f.type()));
        }
        if (!f.type().hasOptions() && !f.options().isEmpty()) {
            where.report(problems, key, "options", Text.of("templates.package.optionsNotAllowed"));
        }
        if (f.minLength() != null && f.maxLength() != null && f.minLength() > f.maxLength()) {
            where.report(problems, key, "min_length", Text.of("templates.package.minLengthOverMax"));
        }
        if ((f.minLength() != null || f.maxLength() != null) && !(f.type().isTextual())) {
            where.report(problems, key, f.minLength() != null ? "min_length" : "max_length",
                    Text.of("templates.package.lengthsForText"));
        }
        if (f.min() != null && f.max() != null && f.min().compareTo(f.max()) > 0) {
            where.report(problems, key, "min", Text.of("templates.package.minOverMax"));
        }
        if ((f.min() != null || f.max() != null) && !f.type().isNumeric()) {
            where.report(problems, key, f.min() != null ? "min" : "max", Text.of("templates.package.rangesForNumbers"));
        }
        if (f.pattern() != null) {
            try {
                Pattern.compile(f.pattern());
            } catch (PatternSyntaxException e) {
                where.report(problems, key, "pattern",
                        Text.of("templates.package.badPattern", Text.verbatim(e.getDescription())));
            }
        }
        if (f.type() == FieldType.GROUP) {
            if (column) {
                where.report(problems, key, "type", Text.of("templates.package.nestedTable"));
            }
            if (f.columns().isEmpty()) {
                where.report(problems, key, "type", Text.of("templates.package.tableWithoutColumns", f.id()));
            }
            for (FormField c : f.columns()) {
                checkField(c, true, seen, where, problems);
            }
        }
    }

    /**
     * The source-map key of the next element of this kind and id, after checking that the id is well-formed and
     * not a duplicate ({@code duplicate} says so).
     */
    private static String element(String kind, String id, String property, Text duplicate, Map<String, Integer> seen,
                                  SourceMap where, Problems problems) {
        String key = occurrence(kind + ":" + id, seen);
        checkId(id, key, property, where, problems);
        if (seen.get(kind + ":" + id) > 1) {
            where.report(problems, key, property, duplicate);
        }
        return key;
    }

    private static void checkId(String id, String key, String property, SourceMap where, Problems problems) {
        if (!ID.matcher(id).matches()) {
            where.report(problems, key, property, Text.of("templates.package.badId", id));
        }
    }

    private static String occurrence(String key, Map<String, Integer> seen) {
        return SourceMap.occurrence(key, seen.merge(key, 1, Integer::sum));
    }
}
