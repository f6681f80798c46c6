package procedo.modeler.workflow;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import procedo.catalog.error.NotFoundException;
import procedo.catalog.procedure.DossierComponent;
import procedo.catalog.procedure.Procedure;
import procedo.templates.TemplateService;
import procedo.templates.formjs.FormJsSchema;
import procedo.templates.formjs.FormText;
import procedo.templates.model.FieldOption;
import procedo.templates.model.FormField;
import procedo.templates.model.FormTemplate;
import procedo.templates.model.TemplatePackage;

/**
 * Finds a procedure's start form: the first form of its template package (the national standard, or the
 * locality's adopted version), or else a form built from the procedure's dossier: the applicant, then one box per
 * dossier component to tick when the document is handed in.
 */
final class StartForms {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final TemplateService templates;

    StartForms(TemplateService templates) {
        this.templates = templates;
    }

    StartForm of(Procedure procedure, String locality) {
        return fromTemplate(procedure.code(), locality).orElseGet(() -> fromDossier(procedure));
    }

    private Optional<StartForm> fromTemplate(String code, String locality) {
        String version;
        try {
            version = templates.standard(code).version();
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        TemplatePackage pkg = locality == null ? templates.get(code, version) : effective(code, version, locality);
        if (pkg.forms().isEmpty()) {
            return Optional.empty();
        }
        FormTemplate form = pkg.forms().get(0);
        List<StartForm.Field> fields = new ArrayList<>();
        form.sections().forEach(s -> s.fields().forEach(f -> fields.add(field(f))));
        return Optional.of(new StartForm(code, "TEMPLATE", form.title(), pkg.version(),
                FormJsSchema.of(pkg, form, templates.provinces()), fields));
    }

    private TemplatePackage effective(String code, String version, String locality) {
        try {
            String adopted = templates.adoption(locality, code).centralVersion();
            return templates.effective(code, adopted, locality);
        } catch (NotFoundException e) {
            return templates.get(code, version);
        }
    }

    private static StartForm.Field field(FormField f) {
        Set<String> options = new LinkedHashSet<>();
        f.options().stream().map(FieldOption::value).forEach(options::add);
        String kind = switch (f.type()) {
            case NUMBER, MONEY -> "number";
            case DATE -> "date";
            case SELECT -> "choice";
            case MULTISELECT -> "choices";
            case YESNO -> "yesno";
            case CHECKBOX -> "checkbox";
            case ADDRESS -> "address";
            case GROUP -> "list";
            case FILE -> "file";
            default -> "text";
        };
        String pattern = switch (f.type()) {
            case CITIZEN_ID -> "[0-9]{12}";
            case PHONE -> "(\\+84|0)[0-9]{9,10}";
            case EMAIL -> "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
            default -> f.pattern();
        };
        return new StartForm.Field(f.id(), f.label(), kind, f.required(), pattern, options,
                f.columns().stream().map(StartForms::field).toList());
    }

    static StartForm fromDossier(Procedure procedure) {
        List<StartForm.Field> fields = new ArrayList<>();
        ObjectNode schema = F.objectNode();
        schema.put("type", "default");
        schema.put("id", "Form_" + procedure.code().replaceAll("[^A-Za-z0-9]", "_") + "_dossier");
        schema.put("schemaVersion", FormJsSchema.SCHEMA_VERSION);
        schema.putObject("exporter").put("name", "Procedo").put("version", "dossier");
        ArrayNode components = schema.putArray("components");
        components.addObject().put("type", "text").put("id", "title").put("text", FormText.heading(procedure.name()));
        text(components, fields, "applicantName", "Họ, chữ đệm, tên người nộp hồ sơ", true, null);
        text(components, fields, "applicantId", "Số định danh cá nhân / mã số doanh nghiệp", true, "[0-9]{10,13}");
        text(components, fields, "applicantPhone", "Số điện thoại", false, "(\\+84|0)[0-9]{9,10}");
        ObjectNode group = components.addObject();
        group.put("type", "group").put("id", "dossier").put("label", "Thành phần hồ sơ đã nộp")
                .put("showOutline", true);
        ArrayNode boxes = group.putArray("components");
        int n = 0;
        for (DossierComponent c : procedure.dossierComponents()) {
            n++;
            String id = "component_" + n;
            String label = c.name() + (c.caseName().isEmpty() ? "" : " (" + c.caseName() + ")")
                    + " — " + c.originals() + " bản chính, " + c.copies() + " bản sao";
            boolean required = c.caseName().isEmpty();
            ObjectNode box = boxes.addObject().put("type", "checkbox").put("id", "Field_" + id).put("key", id)
                    .put("label", label);
            if (required) {
                box.putObject("validate").put("required", true);
            }
            fields.add(new StartForm.Field(id, label, "checkbox", required, null, Set.of(), List.of()));
        }
        return new StartForm(procedure.code(), "DOSSIER", procedure.name(), null, schema, fields);
    }

    private static void text(ArrayNode components, List<StartForm.Field> fields, String id, String label,
                             boolean required, String pattern) {
        ObjectNode c = components.addObject().put("type", "textfield").put("id", "Field_" + id).put("key", id)
                .put("label", label);
        ObjectNode validate = F.objectNode();
        if (required) {
            validate.put("required", true);
        }
        if (pattern != null) {
            validate.put("pattern", "^" + pattern + "$");
        }
        if (!validate.isEmpty()) {
            c.set("validate", validate);
        }
        fields.add(new StartForm.Field(id, label, "text", required, pattern, Set.of(), List.of()));
    }
}
