package procedo.catalog.account;

/** A token just created: its secret, shown this once, and how it will be listed. */
public record IssuedToken(String secret, ApiToken token) {
}
