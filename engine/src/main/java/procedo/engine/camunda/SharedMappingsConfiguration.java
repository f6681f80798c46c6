package procedo.engine.camunda;

import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.TransactionIsolationLevel;
import org.apache.ibatis.session.defaults.DefaultSqlSession;
import org.apache.ibatis.transaction.Transaction;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;

/**
 * Camunda's standalone configuration, except that engines started in one JVM on the same kind of database with the
 * same table prefix share the SQL mappings Camunda reads from its MyBatis files (reading them is most of an engine's
 * start), each engine keeping its own data source and transactions. Camunda's own {@code useSharedSqlSessionFactory}
 * shares the first engine's data source too, so it cannot serve engines on different databases.
 */
class SharedMappingsConfiguration extends StandaloneProcessEngineConfiguration {

    /** The mappings last read, by what they depend on; a few only (engines on many schemas each read their own). */
    private static final Map<String, Configuration> MAPPINGS = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Configuration> eldest) {
            return size() > 4;
        }
    };

    @Override
    protected void initSqlSessionFactory() {
        if (sqlSessionFactory != null) {
            return;
        }
        String key = databaseType + '|' + databaseTablePrefix + '|' + isJdbcBatchProcessing() + '|'
                + jdbcStatementTimeout;
        Configuration read;
        synchronized (MAPPINGS) {
            read = MAPPINGS.get(key);
        }
        if (read == null) {
            super.initSqlSessionFactory();
            synchronized (MAPPINGS) {
                MAPPINGS.putIfAbsent(key, sqlSessionFactory.getConfiguration());
            }
        } else {
            sqlSessionFactory = new Sessions(read, new Environment("default", transactionFactory, dataSource));
        }
    }

    /** Sessions of the shared mappings on this engine's own data source and transactions. */
    private record Sessions(Configuration mappings, Environment environment) implements SqlSessionFactory {

        @Override
        public SqlSession openSession() {
            return open(mappings.getDefaultExecutorType(), null, false);
        }

        @Override
        public SqlSession openSession(boolean autoCommit) {
            return open(mappings.getDefaultExecutorType(), null, autoCommit);
        }

        @Override
        public SqlSession openSession(Connection connection) {
            return on(mappings.getDefaultExecutorType(), connection);
        }

        @Override
        public SqlSession openSession(TransactionIsolationLevel level) {
            return open(mappings.getDefaultExecutorType(), level, false);
        }

        @Override
        public SqlSession openSession(ExecutorType type) {
            return open(type, null, false);
        }

        @Override
        public SqlSession openSession(ExecutorType type, boolean autoCommit) {
            return open(type, null, autoCommit);
        }

        @Override
        public SqlSession openSession(ExecutorType type, TransactionIsolationLevel level) {
            return open(type, level, false);
        }

        @Override
        public SqlSession openSession(ExecutorType type, Connection connection) {
            return on(type, connection);
        }

        @Override
        public Configuration getConfiguration() {
            return mappings;
        }

        private SqlSession open(ExecutorType type, TransactionIsolationLevel level, boolean autoCommit) {
            Transaction transaction = environment.getTransactionFactory()
                    .newTransaction(environment.getDataSource(), level, autoCommit);
            return session(type, transaction, autoCommit);
        }

        private SqlSession on(ExecutorType type, Connection connection) {
            return session(type, environment.getTransactionFactory().newTransaction(connection), false);
        }

        private SqlSession session(ExecutorType type, Transaction transaction, boolean autoCommit) {
            try {
                Executor executor = mappings.newExecutor(transaction, type);
                return new DefaultSqlSession(mappings, executor, autoCommit);
            } catch (RuntimeException e) {
                try {
                    transaction.close();
                } catch (java.sql.SQLException ignored) {
                    // the session could not be made; the failure that matters is e
                }
                throw e;
            }
        }
    }
}
