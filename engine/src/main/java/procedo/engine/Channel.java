package procedo.engine;

import java.util.Arrays;
import java.util.Optional;

/** How a dossier reached the authority: online, at the one-stop desk, or by post. */
public enum Channel {
    ONLINE,
    COUNTER,
    POST;

    /** The channel of that exact name (as the API and the case variable spell it), if there is one. */
    public static Optional<Channel> parse(String name) {
        return Arrays.stream(values()).filter(c -> c.name().equals(name)).findFirst();
    }
}
