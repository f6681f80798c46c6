package procedo.modeler;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import procedo.catalog.persistence.JooqCatalogStore;

/** Runs every test of a subclass twice, on a fresh H2 and on a fresh schema of the real PostgreSQL. */
@ParameterizedClass(name = "{0}")
@MethodSource("procedo.modeler.TestDatabase#all")
public abstract class DatabaseTest {

    @Parameter
    protected TestDatabase database;

    protected TestDatabase.Instance instance;
    protected JooqCatalogStore store;

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
