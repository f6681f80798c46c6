package procedo.modeler.web.guard;

import procedo.catalog.text.Text;
import procedo.catalog.error.ProcedoException;
import io.javalin.http.Handler;
import java.util.concurrent.Semaphore;

/**
 * At most a few uploads (workbook and package imports) handled at once, so that parallel uploads cannot exhaust the
 * heap: one arriving when every slot is taken is answered 503 with {@code Retry-After} at once, its body read away
 * unkept.
 */
public final class UploadSlots {

    /** Uploads handled at once. */
    public static final int DEFAULT_SLOTS = 2;
    /** Seconds a refused client is asked to wait. */
    static final int RETRY_AFTER_SECONDS = 5;

    private final Semaphore slots;

    public UploadSlots(int slots) {
        this.slots = new Semaphore(slots);
    }

    /** {@code handler} run only while it holds a slot. */
    public Handler bound(Handler handler) {
        return ctx -> {
            if (!slots.tryAcquire()) {
                throw new UploadsBusyException(RETRY_AFTER_SECONDS);
            }
            try {
                handler.handle(ctx);
            } finally {
                slots.release();
            }
        };
    }

    /** Every slot is taken: the client is to try again after {@link #retryAfterSeconds()}. */
    public static final class UploadsBusyException extends ProcedoException {

        private final int retryAfterSeconds;

        UploadsBusyException(int retryAfterSeconds) {
            super(Text.of("modeler.upload.busy", retryAfterSeconds));
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public int retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
