package procedo.modeler.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * What a person reads on the page in the browser: every visible text, tooltip, placeholder, label for assistive
 * technology and button caption, each with where it is. Content marked {@code translate="no"} (procedure names,
 * people, codes a person types) is data, not the page's words, and is left out; so are the diagram's own labels,
 * keys ({@code <kbd>}) and code ({@code <code>}).
 */
final class VisibleTexts {

    /** One text and where it is on the page (a short CSS-like path). */
    record Seen(String where, String text) {
        @Override
        public String toString() {
            return where + ": \"" + text + "\"";
        }
    }

    private static final String COLLECT = """
            const out = [];
            const where = (el) => {
              const parts = [];
              for (let e = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
                parts.unshift(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                  + (e.classList.length ? '.' + [...e.classList].slice(0, 2).join('.') : ''));
              }
              return parts.join(' > ');
            };
            const shown = (el) => {
              const style = getComputedStyle(el);
              return style.display !== 'none' && style.visibility !== 'hidden'
                && (el.getClientRects().length > 0 || el.tagName === 'OPTION');
            };
            const walk = (node) => {
              if (node.nodeType === Node.TEXT_NODE) {
                const text = node.textContent.replace(/\\s+/g, ' ').trim();
                if (text) out.push({ where: where(node.parentElement), text });
                return;
              }
              if (node.nodeType !== Node.ELEMENT_NODE) return;
              if (node.getAttribute('translate') === 'no') return;
              if (['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'KBD', 'CODE'].includes(node.tagName)) return;
              if (node.namespaceURI === 'http://www.w3.org/2000/svg') return;
              if (!shown(node)) return;
              for (const name of ['title', 'placeholder', 'aria-label', 'alt']) {
                const value = node.getAttribute(name);
                if (value && value.trim()) out.push({ where: where(node) + '[' + name + ']', text: value.trim() });
              }
              if (node.tagName === 'INPUT' && ['button', 'submit', 'reset'].includes(node.type) && node.value) {
                out.push({ where: where(node) + '[value]', text: node.value });
              }
              for (const child of node.childNodes) walk(child);
            };
            walk(document.body);
            return out;
            """;

    private VisibleTexts() {
    }

    /** Waits until the page's calls are answered, then collects what it shows. */
    static List<Seen> of(WebDriver browser) {
        settle(browser);
        @SuppressWarnings("unchecked")
        List<Map<String, String>> raw = (List<Map<String, String>>) ((JavascriptExecutor) browser).executeScript(COLLECT);
        List<Seen> seen = new ArrayList<>();
        for (Map<String, String> entry : raw) {
            seen.add(new Seen(entry.get("where"), entry.get("text")));
        }
        return seen;
    }

    /** Waits until the page has no call under way (kit/api.js counts them in data-calls) and the document is loaded. */
    static void settle(WebDriver browser) {
        Waits.of(browser, 15).until(b -> Boolean.TRUE.equals(((JavascriptExecutor) b)
                .executeScript("return document.readyState === 'complete'"
                        + " && (document.documentElement.dataset.calls || '0') === '0'")));
    }

    /** The texts, among {@code seen}, with a word that is not Vietnamese, each with the offending words. */
    static List<String> notVietnamese(List<Seen> seen) {
        List<String> found = new ArrayList<>();
        for (Seen s : seen) {
            List<String> words = LanguageCheck.notVietnamese(s.text());
            if (!words.isEmpty()) {
                found.add(s + " " + words);
            }
        }
        return found;
    }

    /** The texts, among {@code seen}, with Vietnamese left in them. */
    static List<String> vietnameseLeft(List<Seen> seen) {
        return seen.stream().filter(s -> LanguageCheck.hasVietnamese(s.text())).map(Seen::toString).toList();
    }
}
