package procedo.catalog.account;

import java.util.List;
import java.util.Objects;

/**
 * One role a user holds, with its scope: the province (locality code) of a locality or case officer, and the
 * candidate groups a case officer works for (as the workflow models name them).
 */
public record Grant(AccountRole role, String locality, List<String> groups) {

    public Grant {
        Objects.requireNonNull(role, "role");
        locality = locality == null || locality.isBlank() ? null : locality.strip();
        groups = groups == null ? List.of() : groups.stream().map(String::strip).filter(g -> !g.isEmpty())
                .distinct().sorted().toList();
    }

    public static Grant of(AccountRole role) {
        return new Grant(role, null, List.of());
    }
}
