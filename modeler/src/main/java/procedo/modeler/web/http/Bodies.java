package procedo.modeler.web.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import procedo.catalog.text.Text;

/** Request bodies: the kinds a route accepts, and those that are refused. */
public final class Bodies {

    /** Bodies up to this size are read to their end before a refusal is sent. */
    static final long DRAIN_LIMIT = 256L * 1024 * 1024;

    private Bodies() {
    }

    /**
     * Reads and discards an unread request body of at most {@link #DRAIN_LIMIT} bytes, so that the refusal sent
     * next reaches the client: a server that answers and closes while the client is still sending makes the client
     * (a browser, or java.net.http) see a connection reset instead of the answer. Larger bodies are left unread.
     */
    public static void discard(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared < 0 || declared > DRAIN_LIMIT) {
            return;
        }
        byte[] buffer = new byte[64 * 1024];
        try {
            InputStream in = ctx.req().getInputStream();
            long total = 0;
            int n;
            while (total <= DRAIN_LIMIT && (n = in.read(buffer)) >= 0) {
                total += n;
            }
        } catch (IOException | IllegalStateException e) {
            // The body was read already or the client went away: nothing left to discard.
        }
    }

    /**
     * Refuses (415) a body that is not XML: a BPMN model is {@code application/xml}, {@code text/xml} or another
     * {@code +xml} type, or comes without a type.
     */
    public static void requireXml(Context ctx) {
        String type = ctx.contentType();
        if (type != null && !type.isBlank() && !type.toLowerCase(Locale.ROOT).contains("xml")) {
            throw RefusedRequestException.unsupportedType(Text.of("modeler.model.xmlOnly", type));
        }
    }
}
