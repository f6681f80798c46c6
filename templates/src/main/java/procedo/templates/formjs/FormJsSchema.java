package procedo.templates.formjs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import procedo.templates.model.FieldOption;
import procedo.templates.model.FormField;
import procedo.templates.model.FormSection;
import procedo.templates.model.FormTemplate;
import procedo.templates.model.TemplatePackage;

/**
 * A form template as a bpmn.io form-js schema (schemaVersion 16): sections become groups, repeating groups
 * dynamic lists, field types the matching form-js components with their validation; the key of each component is
 * the field's stable id, so that a start form's variables are named by it.
 */
public final class FormJsSchema {

    public static final int SCHEMA_VERSION = 16;
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private FormJsSchema() {
    }

    public static ObjectNode of(TemplatePackage pkg, FormTemplate form) {
        ObjectNode schema = F.objectNode();
        schema.put("type", "default");
        schema.put("id", "Form_" + safe(pkg.code()) + "_" + safe(form.code()));
        schema.put("schemaVersion", SCHEMA_VERSION);
        ObjectNode exporter = schema.putObject("exporter");
        exporter.put("name", "Procedo");
        exporter.put("version", pkg.version());
        ArrayNode components = schema.putArray("components");
        ObjectNode title = components.addObject();
        title.put("type", "text");
        title.put("id", "title");
        title.put("text", "# " + form.title());
        int s = 0;
        for (FormSection section : form.sections()) {
            s++;
            ArrayNode target = components;
            if (!section.title().isEmpty()) {
                ObjectNode group = components.addObject();
                group.put("type", "group");
                group.put("id", "section_" + s);
                group.put("label", section.title());
                group.put("showOutline", true);
                target = group.putArray("components");
            }
            for (FormField f : section.fields()) {
                target.add(component(f));
            }
        }
        return schema;
    }

    private static ObjectNode component(FormField f) {
        ObjectNode c = F.objectNode();
        c.put("id", "Field_" + safe(f.id()));
        c.put("label", f.label());
        if (!f.help().isEmpty()) {
            c.put("description", f.help());
        }
        ObjectNode validate = F.objectNode();
        if (f.required()) {
            validate.put("required", true);
        }
        switch (f.type()) {
            case TEXT -> c.put("type", "textfield");
            case TEXTAREA -> c.put("type", "textarea");
            case NUMBER -> c.put("type", "number");
            case MONEY -> {
                c.put("type", "number");
                c.put("appearance", F.objectNode().put("suffixAdorner", "đồng"));
                c.put("decimalDigits", 0);
            }
            case DATE -> {
                c.put("type", "datetime");
                c.put("subtype", "date");
                c.put("dateLabel", f.label());
                c.remove("label");
            }
            case SELECT -> {
                c.put("type", f.options().size() <= 4 ? "radio" : "select");
                c.set("values", values(f));
            }
            case MULTISELECT -> {
                c.put("type", "checklist");
                c.set("values", values(f));
            }
            case CHECKBOX -> c.put("type", "checkbox");
            case YESNO -> {
                c.put("type", "radio");
                ArrayNode v = F.arrayNode();
                v.addObject().put("label", "Có").put("value", "yes");
                v.addObject().put("label", "Không").put("value", "no");
                c.set("values", v);
            }
            case CITIZEN_ID -> {
                c.put("type", "textfield");
                validate.put("pattern", "^[0-9]{12}$");
                validate.put("minLength", 12);
                validate.put("maxLength", 12);
            }
            case PHONE -> {
                c.put("type", "textfield");
                validate.put("pattern", "^(\\+84|0)[0-9]{9,10}$");
            }
            case EMAIL -> {
                c.put("type", "textfield");
                validate.put("validationType", "email");
            }
            case ADDRESS -> {
                c.put("type", "textarea");
                c.put("description", (f.help().isEmpty() ? "" : f.help() + " — ")
                        + "Số nhà, đường; xã/phường; tỉnh/thành phố");
            }
            case FILE -> c.put("type", "filepicker");
            case GROUP -> {
                c.put("type", "dynamiclist");
                c.put("path", f.id());
                c.put("isRepeating", true);
                c.put("defaultRepetitions", 1);
                c.put("allowAddRemove", true);
                ArrayNode columns = c.putArray("components");
                for (FormField col : f.columns()) {
                    columns.add(component(col));
                }
            }
            default -> c.put("type", "textfield");
        }
        if (f.type() != procedo.templates.model.FieldType.GROUP) {
            c.put("key", f.id());
        }
        if (f.minLength() != null) {
            validate.put("minLength", f.minLength());
        }
        if (f.maxLength() != null) {
            validate.put("maxLength", f.maxLength());
        }
        if (f.min() != null) {
            validate.put("min", f.min());
        }
        if (f.max() != null) {
            validate.put("max", f.max());
        }
        if (f.pattern() != null) {
            validate.put("pattern", f.pattern());
        }
        if (!validate.isEmpty()) {
            c.set("validate", validate);
        }
        if (f.reuseFrom() != null) {
            c.putObject("properties").put("reuseFrom", f.reuseFrom());
        }
        return c;
    }

    private static ArrayNode values(FormField f) {
        ArrayNode values = F.arrayNode();
        for (FieldOption o : f.options()) {
            values.addObject().put("label", o.label()).put("value", o.value());
        }
        return values;
    }

    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9_]", "_");
    }
}
