package procedo.modeler.web.http;

import io.javalin.http.Context;
import java.util.Locale;
import procedo.catalog.text.Messages;
import procedo.catalog.text.Text;

/**
 * The language of the person asking: the page sends its language as {@code Accept-Language} with every call
 * (Vietnamese unless English is chosen); a request that names none is answered in Vietnamese.
 */
public final class Language {

    private Language() {
    }

    public static Locale of(Context ctx) {
        return Messages.fromAcceptLanguage(ctx.header("Accept-Language"));
    }

    /** {@code text} in the language of the person asking. */
    public static String render(Context ctx, Text text) {
        return Messages.render(text, of(ctx));
    }
}
