package procedo.catalog.persistence;

import static procedo.catalog.persistence.jooq.Tables.PROCEDURES;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;
import procedo.catalog.CatalogStore;
import procedo.catalog.assessment.CatalogSnapshotSource;
import procedo.catalog.assessment.PriorityProfileRepository;
import procedo.catalog.assessment.TariffRepository;
import procedo.catalog.locality.LocalityRepository;
import procedo.catalog.procedure.ProcedureRepository;
import procedo.catalog.usage.UsageRepository;

/**
 * The catalog stored in H2 or PostgreSQL through jOOQ. Opening migrates the schema with Flyway; names are
 * rendered unquoted so that the same statements run on both databases.
 */
public final class JooqCatalogStore implements CatalogStore {

    private final HikariDataSource dataSource;
    private final DSLContext dsl;
    private final JooqProcedureRepository procedures;
    private final JooqLocalityRepository localities;
    private final JooqUsageRepository usage;
    private final JooqTariffRepository tariffs;
    private final JooqProfileRepository profiles;
    private final JooqSnapshotSource snapshots;
    private final CatalogBulkWriter bulkWriter;
    private final JooqAccountRepository accounts;
    private final JooqAuditLog auditLog;

    private JooqCatalogStore(HikariDataSource dataSource, SQLDialect dialect) {
        this.dataSource = dataSource;
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.set(dialect);
        configuration.set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(dataSource)));
        configuration.set(new Settings()
                .withRenderQuotedNames(RenderQuotedNames.NEVER)
                .withExecuteLogging(false)
                .withRenderSchema(false));
        this.dsl = DSL.using(configuration);
        this.procedures = new JooqProcedureRepository(dsl);
        this.localities = new JooqLocalityRepository(dsl);
        this.usage = new JooqUsageRepository(dsl);
        this.tariffs = new JooqTariffRepository(dsl);
        this.profiles = new JooqProfileRepository(dsl);
        this.snapshots = new JooqSnapshotSource(dsl);
        this.bulkWriter = new CatalogBulkWriter(dsl);
        this.accounts = new JooqAccountRepository(dsl);
        this.auditLog = new JooqAuditLog(dsl);
    }

    /** Opens the database, migrating it to the current schema. */
    public static JooqCatalogStore open(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(16); // shared with the workflow engine and its job executor
        config.setPoolName("procedo-catalog");
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            migrate(dataSource, settings.isPostgres() ? "postgresql" : "h2");
            return new JooqCatalogStore(dataSource, settings.isPostgres() ? SQLDialect.POSTGRES : SQLDialect.H2);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /**
     * The shared migrations, and those of one database vendor ({@code db/vendor/h2}, {@code db/vendor/postgresql}:
     * what the two cannot say alike, such as the audit trail's append-only trigger).
     */
    private static void migrate(DataSource dataSource, String vendor) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    /**
     * The jOOQ context over the catalog's database, for the persistence packages of the other modules whose
     * tables live in the same Flyway migrations (models, templates, plans). Its transactions are the catalog's.
     */
    public DSLContext dsl() {
        return dsl;
    }

    /** The people who sign in, their roles, tokens and sessions. */
    public procedo.catalog.account.AccountRepository accounts() {
        return accounts;
    }

    /** The audit trail's storage: appends (joining the transaction in progress) and reads only. */
    public procedo.catalog.audit.AuditLog auditLog() {
        return auditLog;
    }

    /** The connection pool, for components that share the catalog's database. */
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void writeBulk(java.util.List<procedo.catalog.procedure.Procedure> newProcedures,
                          java.util.List<procedo.catalog.usage.UsageStat> usage) {
        bulkWriter.write(newProcedures, usage);
    }

    @Override
    public ProcedureRepository procedures() {
        return procedures;
    }

    @Override
    public LocalityRepository localities() {
        return localities;
    }

    @Override
    public UsageRepository usage() {
        return usage;
    }

    @Override
    public TariffRepository tariffs() {
        return tariffs;
    }

    @Override
    public PriorityProfileRepository profiles() {
        return profiles;
    }

    @Override
    public CatalogSnapshotSource snapshots() {
        return snapshots;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return dsl.transactionResult(work::get);
    }

    @Override
    public boolean isEmpty() {
        return !dsl.fetchExists(PROCEDURES);
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
