package procedo.modeler;

import procedo.catalog.account.Passwords;

/**
 * The password-hashing cost of the test servers: Argon2id all the same, with 64 KiB and one pass instead of the
 * standard 19 MiB and two passes, because the tests set and check hundreds of passwords. {@code PasswordCostTest}
 * proves that a server and the commands hash at the standard cost.
 */
public final class TestHashing {

    public static final Passwords.Cost SMALL = new Passwords.Cost(64, 1);

    private TestHashing() {
    }
}
