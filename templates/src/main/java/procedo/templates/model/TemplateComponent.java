package procedo.templates.model;

import java.util.Objects;
import procedo.catalog.procedure.CopyKind;

/**
 * A dossier component of the standard (thành phần hồ sơ) with a stable id.
 *
 * @param caseName     the case (trường hợp) it applies to; empty for every dossier
 * @param reusableFrom the national database that makes the document unnecessary, or {@code null}
 * @param formCode     the code of the package's form template the component is, or {@code null}
 */
public record TemplateComponent(String id, String caseName, String name, int originals, int copies,
                                CopyKind copyKind, String reusableFrom, String formCode) {

    public TemplateComponent {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        Objects.requireNonNull(copyKind, "copyKind");
        caseName = caseName == null ? "" : caseName;
        reusableFrom = FormField.blankToNull(reusableFrom);
        formCode = FormField.blankToNull(formCode);
    }
}
