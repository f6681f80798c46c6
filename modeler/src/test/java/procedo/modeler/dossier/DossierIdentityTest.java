package procedo.modeler.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The dossier number's format, the look-up code, the applicant's field and the limit on failed look-ups. */
class DossierIdentityTest {

    @Test
    void aNumberIsLocalityDayAndFourDigitSequence() {
        assertThat(DossierNumbers.format("79", LocalDate.of(2025, 12, 5), 1)).isEqualTo("79-251205-0001");
        assertThat(DossierNumbers.format(null, LocalDate.of(2025, 12, 5), 12345)).isEqualTo("TW-251205-12345");
        assertThat(DossierNumbers.day(Instant.parse("2025-12-04T17:00:00Z"))).isEqualTo(LocalDate.of(2025, 12, 5));
        assertThat(DossierNumbers.looksLikeNumber(" 79-251205-0001 ")).isTrue();
        assertThat(DossierNumbers.looksLikeNumber("79-2512-0001")).isFalse();
        assertThat(DossierNumbers.looksLikeNumber("' or 1=1 --")).isFalse();
    }

    @Test
    void codesAreTenUnambiguousCharactersKeptOnlyAsASaltedHash() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String code = LookupCodes.generate();
            assertThat(code).hasSize(10).matches("[" + LookupCodes.ALPHABET + "]+").doesNotContain("0", "O", "1",
                    "I", "L");
            seen.add(code);
        }
        assertThat(seen).hasSize(200);
        String hash = LookupCodes.hash("79-251205-0001", "ABCD2345EF");
        assertThat(hash).hasSize(64).doesNotContain("ABCD2345EF");
        assertThat(LookupCodes.hash("79-251205-0001", " abcd-2345 ef")).isEqualTo(hash);
        assertThat(LookupCodes.hash("79-251205-0002", "ABCD2345EF")).isNotEqualTo(hash);
    }

    @Test
    void theApplicantIsTheFormsApplicantFieldElseTheTemplatesRequester() {
        Map<String, Object> dossierForm = new LinkedHashMap<>();
        dossierForm.put("applicantName", "  Nguyễn   Văn An ");
        assertThat(Applicants.name(dossierForm)).isEqualTo("Nguyễn Văn An");
        Map<String, Object> birth = new LinkedHashMap<>();
        birth.put("tre_ho_ten", "Bé Na");
        birth.put("nyc_ho_ten", "Trần Thị Bình");
        assertThat(Applicants.name(birth)).isEqualTo("Trần Thị Bình");
        assertThat(Applicants.name(Map.of("cha_ho_ten", "Lê Văn Cường"))).isEqualTo("Lê Văn Cường");
        assertThat(Applicants.name(Map.of("x", 1))).isNull();
        assertThat(Applicants.name(null)).isNull();
    }

    @Test
    void failedLookUpsAreLimitedPerNumberAndPerAddressForAWindow() {
        MutableClock clock = new MutableClock(Instant.parse("2025-12-05T03:00:00Z"));
        LookupAttempts attempts = new LookupAttempts(clock);
        for (int i = 0; i < LookupAttempts.PER_NUMBER; i++) {
            assertThat(attempts.blockedUntil("10.0.0.1", "79-251205-0001")).isEmpty();
            attempts.failed("10.0.0.1", "79-251205-0001");
        }
        assertThat(attempts.blockedUntil("10.0.0.2", "79-251205-0001"))
                .contains(Instant.parse("2025-12-05T03:15:00Z"));
        assertThat(attempts.blockedUntil("10.0.0.2", "79-251205-0002")).isEmpty();
        for (int i = LookupAttempts.PER_NUMBER; i < LookupAttempts.PER_ADDRESS; i++) {
            attempts.failed("10.0.0.1", "79-251205-" + (1000 + i));
        }
        assertThat(attempts.blockedUntil("10.0.0.1", "79-251205-0002")).isPresent();
        clock.now = Instant.parse("2025-12-05T03:15:01Z");
        assertThat(attempts.blockedUntil("10.0.0.1", "79-251205-0001")).isEmpty();
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
