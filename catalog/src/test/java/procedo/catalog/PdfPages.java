package procedo.catalog;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The pages of a PDF as LibreOffice writes them, read just far enough for tests: each page's size (its MediaBox)
 * and its content stream's drawing operators (inflated), so that a test can count pages, check their orientation
 * and find the fill colours drawn on them. Not a general PDF reader: no cross-reference streams, object streams
 * or inherited page attributes.
 */
public final class PdfPages {

    private static final Pattern OBJECT = Pattern.compile("(\\d+) 0 obj(.*?)endobj", Pattern.DOTALL);
    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])");
    private static final Pattern MEDIA_BOX = Pattern.compile(
            "/MediaBox\\s*\\[\\s*([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s*]");
    private static final Pattern CONTENTS = Pattern.compile("/Contents\\s*(\\d+) 0 R");
    private static final Pattern FILL = Pattern.compile("([\\d.]+) ([\\d.]+) ([\\d.]+) rg");

    /** One page: width and height in points, and its drawing operators. */
    public record Page(double width, double height, String content) {

        public boolean landscape() {
            return width > height;
        }

        /** Whether something is filled in the colour {@code rgb} (0–255 each) on this page. */
        public boolean fills(byte[] rgb) {
            Matcher m = FILL.matcher(content);
            while (m.find()) {
                boolean same = true;
                for (int i = 0; i < 3; i++) {
                    same &= Math.abs(Double.parseDouble(m.group(i + 1)) - (rgb[i] & 0xFF) / 255d) < 0.003;
                }
                if (same) {
                    return true;
                }
            }
            return false;
        }
    }

    private PdfPages() {
    }

    /** The pages of {@code pdf} in the order they appear in the file (LibreOffice writes them in page order). */
    public static List<Page> read(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Map<String, String> objects = new HashMap<>();
        List<String> pages = new ArrayList<>();
        Matcher m = OBJECT.matcher(text);
        while (m.find()) {
            objects.put(m.group(1), m.group(2));
            if (PAGE.matcher(m.group(2)).find()) {
                pages.add(m.group(2));
            }
        }
        List<Page> result = new ArrayList<>();
        for (String page : pages) {
            Matcher box = MEDIA_BOX.matcher(page);
            Matcher contents = CONTENTS.matcher(page);
            if (!box.find() || !contents.find()) {
                throw new AssertionError("a page without MediaBox or Contents: " + page);
            }
            double width = Double.parseDouble(box.group(3)) - Double.parseDouble(box.group(1));
            double height = Double.parseDouble(box.group(4)) - Double.parseDouble(box.group(2));
            result.add(new Page(width, height, stream(objects.get(contents.group(1)))));
        }
        return result;
    }

    private static String stream(String object) {
        int start = object.indexOf("stream");
        int end = object.lastIndexOf("endstream");
        int data = start + "stream".length();
        if (object.charAt(data) == '\r') {
            data++;
        }
        data++;
        byte[] bytes = object.substring(data, end).getBytes(StandardCharsets.ISO_8859_1);
        if (!object.substring(0, start).contains("/FlateDecode")) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        Inflater inflater = new Inflater();
        inflater.setInput(bytes);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(buffer, 0, n);
            }
        } catch (DataFormatException e) {
            throw new AssertionError("a content stream that does not inflate", e);
        } finally {
            inflater.end();
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }
}
