package procedo.catalog.excel;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import procedo.catalog.account.Actor;
import procedo.catalog.error.ConflictException;
import procedo.catalog.text.Text;

/**
 * The catalog workbook previews that wait for the person who asked for them to confirm: each kept under a token
 * that only that person may apply, once, within {@link #KEPT}; a newer preview by the same person replaces theirs.
 * Applying one reads no file again (see {@link CatalogWorkbookImport.Previewed}).
 */
public final class CatalogImportPreviews implements AutoCloseable {

    /** How long a preview may be applied after it was made. */
    public static final Duration KEPT = Duration.ofMinutes(30);

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A preview kept under its token. */
    public record Kept(String token, CatalogWorkbookImport.Result result) {
    }

    private record Entry(String username, Instant made, CatalogWorkbookImport.Previewed previewed) {
    }

    private final Clock clock;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    public CatalogImportPreviews() {
        this(Clock.systemUTC());
    }

    /** Previews that expire by the time of {@code clock}. */
    public CatalogImportPreviews(Clock clock) {
        this.clock = clock;
    }

    /** Keeps {@code previewed} for {@code actor} (closing the one they kept before); returns its token. */
    public Kept keep(CatalogWorkbookImport.Previewed previewed, Actor actor) {
        String token = HexFormat.of().formatHex(bytes());
        synchronized (this) {
            expire();
            entries.values().removeIf(e -> {
                boolean theirs = e.username().equals(actor.username());
                if (theirs) {
                    e.previewed().close();
                }
                return theirs;
            });
            entries.put(token, new Entry(actor.username(), clock.instant(), previewed));
        }
        return new Kept(token, previewed.result());
    }

    /**
     * Takes the preview of {@code token} for {@code actor} to apply it; the caller closes it. Refuses a token that is
     * unknown, already taken, expired or another person's, all alike.
     */
    public synchronized CatalogWorkbookImport.Previewed take(String token, Actor actor) {
        expire();
        Entry entry = token == null ? null : entries.get(token);
        if (entry == null || !entry.username().equals(actor.username())) {
            throw new ConflictException(Text.of("catalog.sheet.import.previewGone", KEPT.toMinutes()));
        }
        entries.remove(token);
        return entry.previewed();
    }

    /** The number of previews kept. */
    public synchronized int size() {
        expire();
        return entries.size();
    }

    @Override
    public synchronized void close() {
        entries.values().forEach(e -> e.previewed().close());
        entries.clear();
    }

    private void expire() {
        Instant oldest = clock.instant().minus(KEPT);
        for (Iterator<Entry> it = entries.values().iterator(); it.hasNext(); ) {
            Entry entry = it.next();
            if (entry.made().isBefore(oldest)) {
                entry.previewed().close();
                it.remove();
            }
        }
    }

    private static byte[] bytes() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
