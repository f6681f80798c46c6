package procedo.modeler.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import procedo.catalog.text.Messages;
import procedo.catalog.text.Text;
import procedo.modeler.web.http.Language;

/**
 * The page a browser is shown for an address that is neither a page, a file nor an API route: the header of every
 * page, what happened, and a link back to the catalog, in the reader's language ({@code Accept-Language}). It uses
 * only the site's style sheet (no script, nothing inline), so the content security policy holds. API addresses
 * keep their JSON answer.
 */
final class NotFoundPage {

    private NotFoundPage() {
    }

    /** Whether a missing {@code ctx} is answered with this page: a GET (or HEAD) outside the API, by a browser. */
    static boolean suits(Context ctx) {
        String path = ctx.path();
        if (path.equals("/api") || path.startsWith("/api/")
                || ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
            return false;
        }
        String accept = ctx.header("Accept");
        return accept == null || accept.contains("text/html") || !accept.contains("application/json");
    }

    /** Answers 404 with the page. */
    static void answer(Context ctx) {
        ctx.status(404).contentType("text/html; charset=utf-8").result(html(Language.of(ctx), decoded(ctx.path())));
    }

    /** The address as a person typed it (percent-escapes decoded), or as it came when it is not well escaped. */
    private static String decoded(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    /** The page for a request of {@code path}, in {@code locale}. */
    static String html(Locale locale, String path) {
        String title = text("modeler.page.notFound.title", locale);
        return "<!doctype html>\n"
                + "<html lang=\"" + (Messages.isEnglish(locale) ? "en" : "vi") + "\">\n"
                + "<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>Procedo — " + escape(title) + "</title>\n"
                + "<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">\n"
                + "<link rel=\"stylesheet\" href=\"/app.css\">\n</head>\n"
                + "<body>\n<header id=\"top\" data-page=\"not-found\">"
                + "<a class=\"brand\" href=\"/\">Procedo</a>"
                + "<span class=\"tagline\">" + escape(text("modeler.page.tagline", locale)) + "</span></header>\n"
                + "<main class=\"account-page\">\n<section id=\"not-found\" class=\"panel\">\n"
                + "<h2>" + escape(title) + "</h2>\n"
                + "<p>" + lead(path, locale) + "</p>\n"
                + "<p>" + escape(text("modeler.page.notFound.hint", locale)) + "</p>\n"
                + "<p><a id=\"back-home\" href=\"/\">" + escape(text("modeler.page.notFound.back", locale))
                + "</a></p>\n</section>\n</main>\n</body>\n</html>\n";
    }

    /** The sentence naming the address, the address (what was typed, not the page's words) marked as code. */
    private static String lead(String path, Locale locale) {
        String mark = "\u0000";
        return escape(Messages.render(Text.of("modeler.page.notFound.lead", mark), locale))
                .replace(mark, "<code>" + escape(path) + "</code>");
    }

    private static String text(String key, Locale locale) {
        return Messages.render(Text.of(key), locale);
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
