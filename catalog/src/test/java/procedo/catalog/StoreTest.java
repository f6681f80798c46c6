package procedo.catalog;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import java.time.Clock;
import procedo.catalog.account.Actor;
import procedo.catalog.audit.AuditTrail;
import procedo.catalog.persistence.JooqCatalogStore;

/** Runs every test of a subclass twice, on a fresh H2 and on a fresh schema of the real PostgreSQL. */
@ParameterizedClass(name = "{0}")
@MethodSource("procedo.catalog.TestDatabase#all")
public abstract class StoreTest {

    @Parameter
    protected TestDatabase database;

    protected TestDatabase.Instance instance;
    protected JooqCatalogStore store;

    /** The person the tests act as. */
    public static final Actor TESTER = new Actor("tester", "Người kiểm thử", "127.0.0.1");

    /** A person named {@code name} (user name and display name alike), acting from this machine. */
    public static Actor named(String name) {
        return new Actor(name, name, "127.0.0.1");
    }

    /** An audit trail over {@code store}'s database, on the system clock. */
    public static AuditTrail auditOf(JooqCatalogStore store) {
        return new AuditTrail(store.auditLog(), store::inTransaction, Clock.systemUTC());
    }

    @BeforeEach
    void openStore() {
        instance = database.create();
        store = JooqCatalogStore.open(instance.settings());
    }

    @AfterEach
    void closeStore() {
        store.close();
        instance.close();
    }
}
