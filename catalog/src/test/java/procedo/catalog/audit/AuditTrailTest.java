package procedo.catalog.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import procedo.catalog.StoreTest;
import procedo.catalog.TestDatabase;
import procedo.catalog.account.Actor;
import procedo.catalog.persistence.JooqCatalogStore;
import procedo.catalog.text.Messages;

/** The audit trail on H2 and PostgreSQL: one unbroken chain under concurrent appends, and tampering found. */
class AuditTrailTest extends StoreTest {

    private static final Actor LAN = new Actor("lan", "Nguyễn Thị Lan", "10.0.0.7");

    private AuditTrail trail;

    @BeforeEach
    void setUp() {
        trail = new AuditTrail(store.auditLog(), store::inTransaction, Clock.systemUTC());
    }

    private AuditRecord procedureUpdated(String code, int from, int to) {
        return trail.record(AuditEntry.of(LAN, AuditAction.PROCEDURE_UPDATED, AuditSubject.of("procedure", code))
                .procedure(code).province("79").before(Map.of("version", from)).after(Map.of("version", to)));
    }

    @Test
    void recordsAreChainedFromTheGenesisAndReadNewestFirst() {
        AuditRecord first = procedureUpdated("1.000001", 1, 2);
        AuditRecord second = trail.record(Actor.system("feed"), AuditAction.USAGE_RECORDED,
                AuditSubject.of("usage", "1.000002"), null, List.of(1, 2));

        assertThat(first.sequence()).isEqualTo(1);
        assertThat(first.previousHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(first.before()).isEqualTo("{\"version\":1}");
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(second.before()).isNull();
        var page = trail.find(AuditFilter.none(), 0, 10);
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).extracting(AuditRecord::sequence).containsExactly(2L, 1L);
        assertThat(page.items().get(1)).isEqualTo(first);
        assertThat(trail.find(new AuditFilter("NGUYỄN THỊ LAN", null, null, null, null, null), 0, 10).items())
                .extracting(AuditRecord::sequence).containsExactly(1L);
        assertThat(trail.find(new AuditFilter(null, "USAGE_RECORDED", null, null, null, null), 0, 10).items())
                .extracting(AuditRecord::username).containsExactly("system:feed");
        assertThat(trail.find(new AuditFilter(null, null, null, null, "1.000001", "79"), 0, 10).total()).isEqualTo(1);
        assertThat(trail.find(new AuditFilter(null, null, Instant.now().plusSeconds(60), null, null, null), 0, 10)
                .total()).isZero();
        assertThat(trail.verify().describe()).isEqualTo("intact: 2 records");
    }

    @Test
    void aChangeThatFailsLeavesNoRecord() {
        assertThatThrownBy(() -> trail.inTransaction(() -> {
            procedureUpdated("1.000001", 1, 2);
            throw new IllegalStateException("the change failed");
        })).hasMessage("the change failed");

        assertThat(trail.find(AuditFilter.none(), 0, 10).total()).isZero();
        assertThat(procedureUpdated("1.000001", 1, 2).sequence()).isEqualTo(1);
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void concurrentAppendsKeepOneUnbrokenChain() throws Exception {
        int threads = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int writer = t;
                writers.add(() -> {
                    for (int i = 0; i < each; i++) {
                        procedureUpdated("1.00000" + writer, i, i + 1);
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        var all = trail.find(AuditFilter.none(), 0, AuditTrail.MAX_PAGE).items();
        assertThat(all).extracting(AuditRecord::sequence)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, threads * each).map(n -> threads * each + 1 - n)
                        .boxed().toList());
        assertThat(trail.verify().describe()).isEqualTo("intact: " + threads * each + " records");
    }

    @Test
    void twoNodesOnOneDatabaseAppendToOneChain() throws Exception {
        try (JooqCatalogStore other = JooqCatalogStore.open(instance.settings())) {
            AuditTrail second = new AuditTrail(other.auditLog(), other::inTransaction, Clock.systemUTC());
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Callable<Void>> writers = new ArrayList<>();
                for (AuditTrail node : List.of(trail, second, trail, second)) {
                    writers.add(() -> {
                        for (int i = 0; i < 20; i++) {
                            node.record(LAN, AuditAction.TARIFF_SAVED, AuditSubject.of("tariff", "CITIZEN/" + i), i, i + 1);
                        }
                        return null;
                    });
                }
                for (Future<Void> done : pool.invokeAll(writers)) {
                    done.get();
                }
            } finally {
                pool.shutdown();
            }
            assertThat(second.verify().describe()).isEqualTo("intact: 80 records");
        }
        assertThat(trail.verify().describe()).isEqualTo("intact: 80 records");
    }

    @Test
    void theTableRefusesUpdatesAndDeletes() {
        procedureUpdated("1.000001", 1, 2);

        assertThatThrownBy(() -> sql("update audit_log set username = 'x' where seq = 1"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> sql("delete from audit_log where seq = 1")).hasMessageContaining("append-only");
        assertThat(trail.verify().describe()).isEqualTo("intact: 1 records");
    }

    @Test
    void verifyReportsExactlyTheTamperedRecord() throws SQLException {
        for (int i = 1; i <= 5; i++) {
            procedureUpdated("1.000001", i, i + 1);
        }
        dropAppendOnlyTrigger();

        sql("update audit_log set after_json = '{\"version\":99}' where seq = 3");

        ChainVerification result = trail.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.intactRecords()).isEqualTo(2);
        assertThat(result.firstBreak().sequence()).isEqualTo(3);
        assertThat(result.describe()).startsWith("broken at record 3: its content does not match its hash");
    }

    @Test
    void verifyReportsARemovedRecord() throws SQLException {
        for (int i = 1; i <= 4; i++) {
            procedureUpdated("1.000001", i, i + 1);
        }
        dropAppendOnlyTrigger();

        sql("delete from audit_log where seq = 4");

        assertThat(trail.verify().describe())
                .isEqualTo("broken at record 4: record 4 is missing (the chain's head names record 4)");
        sql("delete from audit_log where seq = 2");
        assertThat(trail.verify().describe()).isEqualTo("broken at record 2: record 2 is missing (the next one is 3)");
        assertThat(Messages.render(trail.verify().text(), Messages.VIETNAMESE))
                .isEqualTo("chuỗi bị phá vỡ tại bản ghi số 2: thiếu bản ghi số 2 (bản ghi tiếp theo là số 3)");
    }

    private void dropAppendOnlyTrigger() throws SQLException {
        sql(database == TestDatabase.H2 ? "drop trigger audit_log_append_only"
                : "drop trigger audit_log_append_only on audit_log");
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
