package procedo.catalog.persistence;

import static procedo.catalog.persistence.jooq.Tables.PROCEDURES;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.Optional;
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

    private static final Duration KEEPALIVE = Duration.ofSeconds(60);
    private static final Duration VALIDATION_TIMEOUT = Duration.ofSeconds(3);

    private final HikariDataSource dataSource;
    private final Optional<DataFolderLock> dataFolderLock;
    private final DSLContext dsl;
    private final JooqProcedureRepository procedures;
    private final JooqLocalityRepository localities;
    private final JooqUsageRepository usage;
    private final JooqMeasuredUsageRepository measuredUsage;
    private final JooqTariffRepository tariffs;
    private final JooqProfileRepository profiles;
    private final JooqSnapshotSource snapshots;
    private final CatalogBulkWriter bulkWriter;
    private final JooqAccountRepository accounts;
    private final JooqAuditLog auditLog;

    private JooqCatalogStore(HikariDataSource dataSource, Optional<DataFolderLock> dataFolderLock,
                             SQLDialect dialect) {
        this.dataSource = dataSource;
        this.dataFolderLock = dataFolderLock;
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
        this.measuredUsage = new JooqMeasuredUsageRepository(dsl);
        this.tariffs = new JooqTariffRepository(dsl);
        this.profiles = new JooqProfileRepository(dsl);
        this.snapshots = new JooqSnapshotSource(dsl);
        this.bulkWriter = new CatalogBulkWriter(dsl);
        this.accounts = new JooqAccountRepository(dsl);
        this.auditLog = new JooqAuditLog(dsl);
    }

    /**
     * Opens the database, migrating it to the current schema. An embedded database's data folder is held by this
     * process until {@link #close()}: another holder is refused with a {@link DataFolderInUseException}.
     */
    public static JooqCatalogStore open(DatabaseSettings settings) {
        return open(settings, DataFolderLock.Holder.thisProcess(DataFolderLock.thisCommand()));
    }

    /** Opens the database as {@link #open(DatabaseSettings)}, naming the holder of an embedded data folder. */
    public static JooqCatalogStore open(DatabaseSettings settings, DataFolderLock.Holder holder) {
        Optional<DataFolderLock> lock = settings.dataFolder().map(folder -> DataFolderLock.acquire(folder, holder));
        HikariDataSource dataSource = null;
        try {
            dataSource = new HikariDataSource(poolConfig(settings));
            migrate(dataSource, settings.isPostgres() ? "postgresql" : "h2");
            return new JooqCatalogStore(dataSource, lock, settings.isPostgres() ? SQLDialect.POSTGRES : SQLDialect.H2);
        } catch (RuntimeException e) {
            if (dataSource != null) {
                dataSource.close();
            }
            lock.ifPresent(DataFolderLock::close);
            throw e;
        }
    }

    /**
     * The pool shared by the catalog and the workflow engine. It recovers by itself once the database answers
     * again: a connection is checked before it is lent when it has been idle ({@code isValid}), idle connections
     * are checked every {@link #KEEPALIVE}, a connection whose statement failed as broken is dropped at once
     * ({@link BrokenConnections}), and every dropped one is replaced.
     */
    private static HikariConfig poolConfig(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(16); // shared with the workflow engine and its job executor
        config.setPoolName("procedo-catalog");
        config.setKeepaliveTime(KEEPALIVE.toMillis());
        config.setValidationTimeout(VALIDATION_TIMEOUT.toMillis());
        config.setExceptionOverrideClassName(BrokenConnections.class.getName());
        return config;
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

    /** What deployed workflows measured, kept apart from the usage statistics. */
    public procedo.catalog.usage.MeasuredUsageRepository measuredUsage() {
        return measuredUsage;
    }

    /** The people who sign in, their roles, tokens and sessions. */
    public procedo.catalog.account.AccountRepository accounts() {
        return accounts;
    }

    /** The audit trail's storage: appends (joining the transaction in progress) and reads only. */
    public procedo.catalog.audit.AuditLog auditLog() {
        return auditLog;
    }

    /** The embedded data folder this store holds; empty for PostgreSQL and in-memory databases. */
    public Optional<DataFolderLock> dataFolderLock() {
        return dataFolderLock;
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
        try {
            dataSource.close();
        } finally {
            dataFolderLock.ifPresent(DataFolderLock::close);
        }
    }
}
