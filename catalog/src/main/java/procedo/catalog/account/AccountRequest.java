package procedo.catalog.account;

import java.util.List;

/**
 * A new account, or the change of one: on a change, a null field keeps what the account has (the username is
 * the account's key and cannot change; a password given on a change is a reset by an administrator).
 */
public record AccountRequest(String username, String displayName, String password, List<Grant> roles,
                             Boolean disabled) {
}
