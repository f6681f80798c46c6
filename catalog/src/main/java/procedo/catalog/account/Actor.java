package procedo.catalog.account;

import java.util.Objects;

/**
 * The person (or the server itself) performing an action, as recorded beside what it changed: the signed-in user's
 * name, the name people read, and the client address the request came from.
 */
public record Actor(String username, String displayName, String address) {

    /** How the server's own usernames begin (no person's username can: they start with a letter or digit). */
    public static final String SYSTEM_PREFIX = "system:";

    public Actor {
        Objects.requireNonNull(username, "username");
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
        address = address == null ? "" : address;
    }

    /** The server acting on its own (a scheduled feed, a command run on this machine), named by what it does. */
    public static Actor system(String task) {
        return new Actor(SYSTEM_PREFIX + task, "Procedo (" + task + ")", "local");
    }
}
