package procedo.modeler.dossier.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import procedo.catalog.StoreTest;
import procedo.modeler.dossier.Dossier;
import procedo.modeler.dossier.DossierRegister;
import procedo.modeler.dossier.LookupCodes;
import procedo.modeler.dossier.NewDossier;

/** Dossier numbers: sequential per locality and day in Vietnam's time, never shared under concurrent receipts. */
class DossierRegisterTest extends StoreTest {

    /** 16:59:59 UTC on 4 December 2025 is 23:59:59 of 4 December in Hồ Chí Minh City; a second later it is the 5th. */
    private static final Instant LAST_SECOND_OF_4_DEC = Instant.parse("2025-12-04T16:59:59Z");
    private static final Instant FIRST_SECOND_OF_5_DEC = Instant.parse("2025-12-04T17:00:00Z");

    private int cases;

    private Dossier receive(DossierRegister register, String locality, Instant at, String applicant) {
        cases++;
        return register.register(new NewDossier("case-" + cases + "-" + at.toEpochMilli() + "-" + Thread.currentThread()
                .getId(), "1.001193", locality, applicant, "mot-cua", "Cán bộ Một Cửa", at, LookupCodes.unissued()));
    }

    @Test
    void numbersRunFromOnePerLocalityAndDayInVietnamsTime() {
        DossierRegister register = new JooqDossierRegister(store.dsl());
        assertThat(receive(register, "79", LAST_SECOND_OF_4_DEC, "Nguyễn Văn An").dossierNumber())
                .isEqualTo("79-251204-0001");
        assertThat(receive(register, "79", LAST_SECOND_OF_4_DEC, "Trần Thị Bình").dossierNumber())
                .isEqualTo("79-251204-0002");
        assertThat(receive(register, "01", LAST_SECOND_OF_4_DEC, "Lê Văn Cường").dossierNumber())
                .isEqualTo("01-251204-0001");
        Dossier nextDay = receive(register, "79", FIRST_SECOND_OF_5_DEC, "Phạm Thị Dung");
        assertThat(nextDay.dossierNumber()).isEqualTo("79-251205-0001");
        assertThat(nextDay.receivedOn()).hasToString("2025-12-05");
        assertThat(receive(register, null, FIRST_SECOND_OF_5_DEC, null).dossierNumber()).isEqualTo("TW-251205-0001");

        Dossier found = register.byCases(List.of(nextDay.caseId())).get(nextDay.caseId());
        assertThat(found).isEqualTo(nextDay);
        assertThat(register.byNumber("79-251205-0001")).hasValueSatisfying(r -> {
            assertThat(r.dossier().applicantName()).isEqualTo("Phạm Thị Dung");
            assertThat(r.dossier().receiverName()).isEqualTo("Cán bộ Một Cửa");
            assertThat(r.lookupHash()).hasSize(64);
        });
        assertThat(register.byNumber("79-251205-0002")).isEmpty();
    }

    @Test
    void concurrentReceiptsInOneLocalityAndDayGetEveryNumberOnce() throws Exception {
        DossierRegister register = new JooqDossierRegister(store.dsl());
        int threads = 6;
        int each = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<List<String>>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String prefix = "t" + t;
                work.add(() -> {
                    List<String> numbers = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        numbers.add(register.register(new NewDossier(prefix + "-" + i, "1.001193", "79", "X",
                                "mot-cua", "Cán bộ", FIRST_SECOND_OF_5_DEC, LookupCodes.unissued())).dossierNumber());
                    }
                    return numbers;
                });
            }
            List<String> all = new ArrayList<>();
            for (Future<List<String>> f : pool.invokeAll(work, 2, TimeUnit.MINUTES)) {
                all.addAll(f.get());
            }
            List<String> expected = new ArrayList<>();
            for (int n = 1; n <= threads * each; n++) {
                expected.add(String.format("79-251205-%04d", n));
            }
            assertThat(all).containsExactlyInAnyOrderElementsOf(expected);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSearchFindsByNumberOrByTheApplicantWithoutDiacriticsWithinTheGivenProvinces() {
        DossierRegister register = new JooqDossierRegister(store.dsl());
        Dossier an = receive(register, "79", LAST_SECOND_OF_4_DEC, "Nguyễn Văn An");
        Dossier binh = receive(register, "79", FIRST_SECOND_OF_5_DEC, "Trần Thị Bình");
        Dossier hanoi = receive(register, "01", FIRST_SECOND_OF_5_DEC, "Nguyễn Thị Bình");

        assertThat(register.search("nguyen", null, null, 10)).containsExactly(hanoi, an);
        assertThat(register.search("TRAN THI BINH", null, null, 10)).containsExactly(binh);
        assertThat(register.search(" 79-251205-0001 ", null, null, 10)).containsExactly(binh);
        assertThat(register.search("79-251205-0001".toLowerCase(), null, null, 10)).containsExactly(binh);
        assertThat(register.search("bình", null, Set.of("79"), 10)).containsExactly(binh);
        assertThat(register.search("bình", null, Set.of(), 10)).isEmpty();
        assertThat(register.search("bình", "1.000001", null, 10)).isEmpty();
        assertThat(register.search("100%", null, null, 10)).isEmpty();
    }

    @Test
    void aNewLookUpCodeReplacesTheFormer() {
        DossierRegister register = new JooqDossierRegister(store.dsl());
        Dossier d = receive(register, "79", FIRST_SECOND_OF_5_DEC, "Nguyễn Văn An");
        String hash = LookupCodes.hash(d.dossierNumber(), "ABCD2345EF");
        assertThat(register.replaceLookupHash(d.caseId(), hash)).isTrue();
        assertThat(register.byNumber(d.dossierNumber()).orElseThrow().lookupHash()).isEqualTo(hash);
        assertThat(register.replaceLookupHash("no-such-case", hash)).isFalse();
    }
}
