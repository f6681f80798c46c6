package procedo.catalog.account;

import java.time.Instant;
import java.util.List;

/** A person who signs in to Procedo (the password hash stays in the repository). */
public record Account(String username, String displayName, List<Grant> grants, boolean disabled,
                      boolean mustChangePassword, Instant createdAt) {

    public Account {
        grants = List.copyOf(grants);
    }
}
