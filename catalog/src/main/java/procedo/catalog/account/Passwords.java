package procedo.catalog.account;

import procedo.catalog.text.Digests;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashing with Argon2id (Bouncy Castle), stored in the PHC string format
 * {@code $argon2id$v=19$m=…,t=…,p=…$salt$hash} so that stronger parameters can be introduced later and old hashes
 * still verify. The default parameters are OWASP's minimum for Argon2id: 19 MiB, two passes, one lane.
 */
public final class Passwords {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();
    private static final int PARALLELISM = 1;
    private static final int HASH_BYTES = 32;
    /**
     * Per cost, a hash verified for unknown users, so that a sign-in takes as long whether the user exists or not;
     * made on first need.
     */
    private static final Map<Cost, String> DECOYS = new ConcurrentHashMap<>();

    private Passwords() {
    }

    /**
     * What hashing a new password costs: memory in KiB and passes (one lane). Verifying always uses the cost
     * written in the stored hash, so a changed cost applies to passwords set from then on.
     */
    public record Cost(int memoryKib, int iterations) {

        /** OWASP's minimum for Argon2id, what every server and command uses: 19 MiB, two passes. */
        public static final Cost STANDARD = new Cost(19 * 1024, 2);

        public Cost {
            if (memoryKib < 8 || memoryKib > 1024 * 1024 || iterations < 1 || iterations > 10) {
                throw new IllegalArgumentException("Argon2 parameters out of range");
            }
        }
    }

    /** The PHC string of {@code password} at the standard cost, with a new random salt. */
    public static String hash(String password) {
        return hash(password, Cost.STANDARD);
    }

    /** The PHC string of {@code password} at {@code cost}, with a new random salt. */
    public static String hash(String password, Cost cost) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] out = derive(password, salt, cost.memoryKib(), cost.iterations(), PARALLELISM, HASH_BYTES);
        return "$argon2id$v=19$m=" + cost.memoryKib() + ",t=" + cost.iterations() + ",p=" + PARALLELISM + "$"
                + B64.encodeToString(salt) + "$" + B64.encodeToString(out);
    }

    /** Whether {@code password} matches {@code encoded}; false for anything that is not an Argon2id PHC string. */
    public static boolean verify(String password, String encoded) {
        if (password == null || encoded == null) {
            return false;
        }
        String[] parts = encoded.split("\\$");
        if (parts.length != 6 || !parts[1].equals("argon2id") || !parts[2].equals("v=19")) {
            return false;
        }
        try {
            int memory = 0;
            int iterations = 0;
            int parallelism = 0;
            for (String parameter : parts[3].split(",")) {
                String[] pair = parameter.split("=", 2);
                int value = Integer.parseInt(pair[1]);
                switch (pair[0]) {
                    case "m" -> memory = value;
                    case "t" -> iterations = value;
                    case "p" -> parallelism = value;
                    default -> {
                        return false;
                    }
                }
            }
            byte[] salt = B64D.decode(parts[4]);
            byte[] expected = B64D.decode(parts[5]);
            byte[] actual = derive(password, salt, memory, iterations, parallelism, expected.length);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return false;
        }
    }

    /** Spends the time of one verification at the standard cost, for a user who does not exist. */
    public static void verifyDecoy(String password) {
        verifyDecoy(password, Cost.STANDARD);
    }

    /** Spends the time of one verification of a password hashed at {@code cost}, for a user who does not exist. */
    public static void verifyDecoy(String password, Cost cost) {
        verify(password == null ? "" : password,
                DECOYS.computeIfAbsent(cost, c -> hash("decoy password nobody has", c)));
    }

    /** A random secret of {@code bytes} bytes, URL-safe Base64 (tokens, session identifiers, CSRF tokens). */
    public static String randomSecret(int bytes) {
        byte[] secret = new byte[bytes];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The SHA-256 of a secret in hexadecimal: what is stored of a token or a session identifier. */
    public static String digest(String secret) {
        return Digests.sha256Hex(secret);
    }

    private static byte[] derive(String password, byte[] salt, int memory, int iterations, int parallelism,
                                 int length) {
        if (memory < 8 || memory > 1024 * 1024 || iterations < 1 || iterations > 10 || parallelism < 1
                || parallelism > 16 || length < 16 || length > 64) {
            throw new IllegalArgumentException("Argon2 parameters out of range");
        }
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memory)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
