package procedo.catalog.procedure;

import java.util.Objects;

/**
 * One document of a procedure's dossier (thành phần hồ sơ), grouped by the case (trường hợp) it belongs to.
 *
 * @param caseName     the case this component applies to; empty when it applies to every dossier
 * @param originals    number of originals to hand in
 * @param copies       number of copies to hand in
 * @param reusableFrom the national database the data can be reused from instead of asking for the document
 *                     (the once-only principle), or {@code null}
 * @param formCode     code of the form template when the component is a declaration form, or {@code null}
 */
public record DossierComponent(String caseName, String name, int originals, int copies, CopyKind copyKind,
                               String reusableFrom, String formCode) {

    public DossierComponent {
        caseName = caseName == null ? "" : caseName;
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(copyKind, "copyKind");
    }
}
