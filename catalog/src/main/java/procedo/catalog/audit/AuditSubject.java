package procedo.catalog.audit;

import java.util.Objects;

/** The thing a change concerns: its kind ({@code procedure}, {@code plan}, {@code case} ...) and its id. */
public record AuditSubject(String type, String id) {

    public AuditSubject {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    public static AuditSubject of(String type, Object id) {
        return new AuditSubject(type, String.valueOf(id));
    }
}
