package procedo.templates.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import procedo.templates.model.FormField;
import procedo.templates.model.FormTemplate;
import procedo.templates.model.TemplateComponent;
import procedo.templates.model.TemplateFee;
import procedo.templates.model.TemplatePackage;

/**
 * What changed between two versions of a package: procedure data, fees, dossier components and fields added,
 * removed or changed, matched by their stable ids.
 */
public record TemplateDiff(String code, String from, String to, List<Change> procedure, List<ItemChange> fees,
                           List<ItemChange> components, List<ItemChange> fields) {

    /** One attribute before and after. */
    public record Change(String attribute, String before, String after) {
    }

    /** An element added, removed or changed; {@code form} names the form of a field. */
    public record ItemChange(Kind kind, String id, String label, String form, List<Change> changes) {
    }

    public enum Kind { ADDED, REMOVED, CHANGED }

    public static TemplateDiff between(TemplatePackage a, TemplatePackage b) {
        List<Change> procedure = new ArrayList<>();
        attr(procedure, "name", a.name(), b.name());
        attr(procedure, "field", a.field(), b.field());
        attr(procedure, "level", a.level(), b.level());
        attr(procedure, "agencyCode", a.agencyCode(), b.agencyCode());
        attr(procedure, "processingDays", a.processingDays(), b.processingDays());
        attr(procedure, "onlineLevel", a.onlineLevel(), b.onlineLevel());
        attr(procedure, "legalBasis", a.legalBasis(), b.legalBasis());
        List<ItemChange> fees = items(a.fees(), b.fees(), TemplateFee::id, TemplateFee::name, f -> null,
                (x, y, c) -> {
                    attr(c, "channel", x.channel(), y.channel());
                    attr(c, "name", x.name(), y.name());
                    attr(c, "amountVnd", x.amountVnd().toPlainString(), y.amountVnd().toPlainString());
                });
        List<ItemChange> components = items(a.components(), b.components(), TemplateComponent::id,
                TemplateComponent::name, c -> null, (x, y, c) -> {
                    attr(c, "case", x.caseName(), y.caseName());
                    attr(c, "name", x.name(), y.name());
                    attr(c, "originals", x.originals(), y.originals());
                    attr(c, "copies", x.copies(), y.copies());
                    attr(c, "copyKind", x.copyKind(), y.copyKind());
                    attr(c, "reusableFrom", x.reusableFrom(), y.reusableFrom());
                    attr(c, "formCode", x.formCode(), y.formCode());
                });
        List<ItemChange> fields = items(located(a), located(b), l -> l.field().id(), l -> l.field().label(),
                Located::form, (x, y, c) -> {
                    FormField f = x.field();
                    FormField g = y.field();
                    attr(c, "form", x.form(), y.form());
                    attr(c, "type", f.type().code(), g.type().code());
                    attr(c, "label", f.label(), g.label());
                    attr(c, "labelEn", f.labelEn(), g.labelEn());
                    attr(c, "required", f.required(), g.required());
                    attr(c, "help", f.help(), g.help());
                    attr(c, "minLength", f.minLength(), g.minLength());
                    attr(c, "maxLength", f.maxLength(), g.maxLength());
                    attr(c, "min", f.min() == null ? null : f.min().toPlainString(), g.min() == null ? null : g.min().toPlainString());
                    attr(c, "max", f.max() == null ? null : f.max().toPlainString(), g.max() == null ? null : g.max().toPlainString());
                    attr(c, "pattern", f.pattern(), g.pattern());
                    attr(c, "options", f.options().toString(), g.options().toString());
                    attr(c, "reuseFrom", f.reuseFrom(), g.reuseFrom());
                });
        return new TemplateDiff(a.code(), a.version(), b.version(), procedure, fees, components, fields);
    }

    public boolean isEmpty() {
        return procedure.isEmpty() && fees.isEmpty() && components.isEmpty() && fields.isEmpty();
    }

    private record Located(String form, FormField field) {
    }

    private static List<Located> located(TemplatePackage p) {
        List<Located> out = new ArrayList<>();
        for (FormTemplate form : p.forms()) {
            form.allFields().forEach(f -> out.add(new Located(form.code(), f)));
        }
        return out;
    }

    private interface Comparer<T> {
        void compare(T before, T after, List<Change> changes);
    }

    private static <T> List<ItemChange> items(List<T> before, List<T> after, Function<T, String> id,
                                              Function<T, String> label, Function<T, String> form, Comparer<T> comparer) {
        Map<String, T> a = index(before, id);
        Map<String, T> b = index(after, id);
        List<ItemChange> out = new ArrayList<>();
        for (Map.Entry<String, T> e : b.entrySet()) {
            T old = a.get(e.getKey());
            if (old == null) {
                out.add(new ItemChange(Kind.ADDED, e.getKey(), label.apply(e.getValue()), form.apply(e.getValue()), List.of()));
            } else {
                List<Change> changes = new ArrayList<>();
                comparer.compare(old, e.getValue(), changes);
                if (!changes.isEmpty()) {
                    out.add(new ItemChange(Kind.CHANGED, e.getKey(), label.apply(e.getValue()), form.apply(e.getValue()), changes));
                }
            }
        }
        for (Map.Entry<String, T> e : a.entrySet()) {
            if (!b.containsKey(e.getKey())) {
                out.add(new ItemChange(Kind.REMOVED, e.getKey(), label.apply(e.getValue()), form.apply(e.getValue()), List.of()));
            }
        }
        return out;
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(i -> map.putIfAbsent(id.apply(i), i));
        return map;
    }

    private static void attr(List<Change> changes, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(name, before == null ? null : before.toString(), after == null ? null : after.toString()));
        }
    }
}
