package procedo.modeler.browser;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether a text a person sees is written in the page's language. Vietnamese is written in syllables, each an
 * optional initial consonant, a vowel cluster and an optional final consonant from a small set; an English word
 * such as "Search", "Select", "Task" or a code such as "DRAFT" or "CITIZEN" is not one. In English, a letter only
 * Vietnamese has (đ, ă, ơ, a tone mark, ...) is Vietnamese left behind. Names and codes that are the same in both
 * languages (BPMN, Procedo, Excel, ...) are allowed by a checked list; data (procedure names, people) is marked
 * {@code translate="no"} on the pages and not checked at all.
 */
final class LanguageCheck {

    /** Words that read the same in both languages: acronyms, product and file-format names. */
    static final Set<String> SAME_IN_BOTH = Set.of("bpmn", "bpsim", "csv", "xlsx", "json", "xml", "pdf", "api", "kpi",
            "kpis", "scm", "ubnd", "hđnd", "csdl", "id", "url", "csrf", "http", "https", "procedo", "camunda", "excel",
            "libreoffice", "calc", "chromium", "javascript", "ok", "email", "sms", "qr", "zalo", "vneid", "english",
            "argon2id", "utf", "bom", "html", "www", "gov", "vn", "dvc", "vnd", "svg", "png", "zip", "docx", "bpmn.io",
            // the programming language of a service task's implementation class (properties panel: "Lớp Java")
            "java",
            // names of distributions in the simulation parameters: "log-chuẩn" (log-normal), "Poisson"
            "log", "poisson");

    /**
     * Whole texts that read the same in both languages. "dd/mm/yyyy" is the placeholder of every date input: the
     * notation of a day-first date as Vietnamese forms print it (and English ones for a day-first date), kept as is
     * in both languages so that a person sees the order of day, month and year.
     */
    static final Set<String> SAME_TEXT_IN_BOTH = Set.of("dd/mm/yyyy");

    private static final String INITIAL = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?";
    private static final String VOWELS = "[aăâeêioôơuưy]{1,3}";
    private static final String FINAL = "(?:ch|ng|nh|c|k|m|n|p|t)?";
    private static final Pattern SYLLABLE = Pattern.compile(INITIAL + VOWELS + FINAL);
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*");
    private static final Pattern TONE = Pattern.compile("[\\u0300\\u0301\\u0303\\u0309\\u0323]");
    private static final Pattern VIETNAMESE_ONLY = Pattern.compile(
            "[ăâđêôơưĂÂĐÊÔƠƯ]|[\\u0300\\u0301\\u0303\\u0309\\u0323]");

    private LanguageCheck() {
    }

    /**
     * The words of {@code text} that are not Vietnamese (nor on the list of names the same in both). A token with a
     * digit in it is a number, a date or a document's number (68/NQ-CP, 1.000123) and is not read as words.
     */
    static List<String> notVietnamese(String text) {
        List<String> found = new ArrayList<>();
        if (SAME_TEXT_IN_BOTH.contains(text.strip())) {
            return found;
        }
        for (String token : Normalizer.normalize(text, Normalizer.Form.NFC).split("\\s+")) {
            if (DIGIT.matcher(token).find()) {
                continue;
            }
            Matcher m = WORD.matcher(token);
            while (m.find()) {
                String word = m.group();
                if (word.length() > 1 && !isVietnameseSyllable(word) && !SAME_IN_BOTH.contains(lower(word))) {
                    found.add(word);
                }
            }
        }
        return found;
    }

    /** Whether {@code text} holds a letter or mark that only Vietnamese uses. */
    static boolean hasVietnamese(String text) {
        return VIETNAMESE_ONLY.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("[\\u0302\\u0306\\u031B]", "")).find()
                || VIETNAMESE_ONLY.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).find();
    }

    /** Whether {@code word} is one Vietnamese syllable (tones aside); an all-capital code longer than four is not. */
    static boolean isVietnameseSyllable(String word) {
        if (word.length() > 4 && word.equals(word.toUpperCase(Locale.ROOT)) && !word.equals(lower(word))) {
            return false;
        }
        String toneless = TONE.matcher(Normalizer.normalize(lower(word), Normalizer.Form.NFD)).replaceAll("");
        return SYLLABLE.matcher(Normalizer.normalize(toneless, Normalizer.Form.NFC)).matches();
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
