package procedo.modeler.web.http;

import io.javalin.http.Context;
import java.util.Locale;
import procedo.catalog.text.Messages;
import procedo.catalog.text.Text;

/**
 * The language of the person asking: a download link names it as {@code ?lang=vi|en} (a link the browser follows
 * carries the browser's own {@code Accept-Language}, not the page's); the page sends its language as
 * {@code Accept-Language} with every call. A request that names none is answered in Vietnamese.
 */
public final class Language {

    private Language() {
    }

    public static Locale of(Context ctx) {
        String named = ctx.queryParam("lang");
        return Messages.fromAcceptLanguage(named != null && !named.isBlank() ? named : ctx.header("Accept-Language"));
    }

    /** {@code text} in the language of the person asking. */
    public static String render(Context ctx, Text text) {
        return Messages.render(text, of(ctx));
    }
}
