package procedo.catalog.procedure;

/** The form in which a dossier component is handed in. */
public enum CopyKind {
    ORIGINAL, CERTIFIED_COPY, COPY
}
