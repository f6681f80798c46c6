package procedo.templates.formjs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import procedo.catalog.locality.Locality;
import procedo.templates.model.FieldOption;
import procedo.templates.model.FieldType;
import procedo.templates.model.FormField;
import procedo.templates.model.FormSection;
import procedo.templates.model.FormTemplate;
import procedo.templates.model.TemplatePackage;

/**
 * A form template as a bpmn.io form-js schema (schemaVersion 16): sections become groups, repeating groups
 * dynamic lists, field types the matching form-js components with their validation; the key of each component is
 * the field's stable id, so that a start form's variables are named by it; an address is a group (province,
 * commune, street) whose data sits under the field's id.
 */
public final class FormJsSchema {

    public static final int SCHEMA_VERSION = 16;
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private FormJsSchema() {
    }

    /** The schema without a list of provinces: an address's province is then a text field. */
    public static ObjectNode of(TemplatePackage pkg, FormTemplate form) {
        return of(pkg, form, List.of());
    }

    /**
     * The schema; {@code provinces} (the provincial-level units, since July 2025 the 34) fill the province choice
     * of address fields, which become a group: province → commune → street and house number.
     */
    public static ObjectNode of(TemplatePackage pkg, FormTemplate form, List<Locality> provinces) {
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
        title.put("text", FormText.heading(form.title()));
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
                target.add(component(f, provinces));
            }
        }
        return schema;
    }

    private static ObjectNode component(FormField f, List<Locality> provinces) {
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
                c.put("type", "group");
                c.put("path", f.id());
                c.put("showOutline", true);
                ArrayNode parts = c.putArray("components");
                ObjectNode province = parts.addObject();
                province.put("id", "Field_" + safe(f.id()) + "_province");
                province.put("key", "province");
                province.put("label", "Tỉnh/thành phố");
                if (provinces.isEmpty()) {
                    province.put("type", "textfield");
                } else {
                    province.put("type", "select");
                    province.put("searchable", true);
                    ArrayNode values = province.putArray("values");
                    provinces.forEach(l -> values.addObject().put("label", l.name()).put("value", l.code()));
                }
                ObjectNode commune = parts.addObject();
                commune.put("type", "textfield");
                commune.put("id", "Field_" + safe(f.id()) + "_commune");
                commune.put("key", "commune");
                commune.put("label", "Xã/phường/đặc khu");
                ObjectNode street = parts.addObject();
                street.put("type", "textfield");
                street.put("id", "Field_" + safe(f.id()) + "_street");
                street.put("key", "street");
                street.put("label", "Số nhà, đường, thôn/tổ dân phố");
                if (f.required()) {
                    province.putObject("validate").put("required", true);
                    commune.putObject("validate").put("required", true);
                }
                validate.removeAll();
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
                    columns.add(component(col, provinces));
                }
            }
            default -> c.put("type", "textfield");
        }
        if (f.type() != FieldType.GROUP && f.type() != FieldType.ADDRESS) {
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
