package procedo.catalog.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import procedo.catalog.procedure.WithdrawnFilter;
import procedo.catalog.transfer.CatalogTable;
import procedo.catalog.transfer.CatalogTransferStore;

/**
 * The catalog's rows, table after table in {@link CatalogTable} order, read from the database by a thread of their
 * own while the caller writes the rows already read: reading and writing a workbook then share the machine's cores.
 * At most a few thousand rows wait in memory. The reading thread is never interrupted (an interrupt may close a
 * database's file): when the caller stops early, it stops at its next batch.
 */
final class RowFeed implements AutoCloseable {

    private static final int BATCH = 1000;
    private static final int WAITING_BATCHES = 4;
    /** The end of a table's rows. */
    private static final List<List<Object>> END = List.of();

    private final BlockingQueue<List<List<Object>>> queue = new ArrayBlockingQueue<>(WAITING_BATCHES);
    private final Thread reader;
    private volatile boolean closed;
    private volatile RuntimeException failure;
    /** The rows read and not yet handed over (the reading thread's). */
    private List<List<Object>> pending = new ArrayList<>(BATCH);
    /** The table the caller takes next. */
    private int next;

    private RowFeed(CatalogTransferStore store, WithdrawnFilter withdrawn) {
        reader = new Thread(() -> read(store, withdrawn), "catalog-export-reader");
        reader.setDaemon(true);
    }

    /** Starts reading the rows of every table of the procedures {@code withdrawn} admits. */
    static RowFeed start(CatalogTransferStore store, WithdrawnFilter withdrawn) {
        RowFeed feed = new RowFeed(store, withdrawn);
        feed.reader.start();
        return feed;
    }

    /** Hands each row of {@code table}, the next table in order, to {@code sink}. */
    void forEachRow(CatalogTable table, Consumer<List<Object>> sink) {
        if (table.ordinal() != next++) {
            throw new IllegalStateException("the catalog's tables are read in order, not " + table + " now");
        }
        while (true) {
            List<List<Object>> batch = take();
            if (batch == END) {
                return;
            }
            batch.forEach(sink);
        }
    }

    private List<List<Object>> take() {
        try {
            while (true) {
                List<List<Object>> batch = queue.poll(100, TimeUnit.MILLISECONDS);
                if (batch != null) {
                    return batch;
                }
                if (failure != null) {
                    throw failure;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the catalog", e);
        }
    }

    private void read(CatalogTransferStore store, WithdrawnFilter withdrawn) {
        try {
            for (CatalogTable table : CatalogTable.values()) {
                store.forEachRow(table, withdrawn, row -> {
                    pending.add(row);
                    if (pending.size() == BATCH) {
                        handOver();
                    }
                });
                if (!pending.isEmpty()) {
                    handOver();
                }
                put(END);
            }
        } catch (Closed e) {
            // the caller stopped
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    private void handOver() {
        put(pending);
        pending = new ArrayList<>(BATCH);
    }

    private void put(List<List<Object>> batch) {
        if (closed) {
            throw new Closed();
        }
        try {
            while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                if (closed) {
                    throw new Closed();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Closed();
        }
    }

    /** Stops the reading thread (at its next batch) and waits for it. */
    @Override
    public void close() {
        closed = true;
        queue.clear();
        try {
            reader.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The caller stopped taking rows. */
    private static final class Closed extends RuntimeException {
        Closed() {
            super(null, null, false, false);
        }
    }
}
