package procedo.catalog.report.excel;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How a report sheet prints: A4 landscape, scaled to one page wide (as many pages down as it needs), its header
 * rows repeated on every page, the title and the filter in the page header, the time of writing and
 * "Trang n/m" (page n of m) in the footer.
 */
final class PrintLayout {

    /** Excel keeps at most 255 characters per header or footer, control codes included. */
    private static final int HEADER_LIMIT = 240;

    private PrintLayout() {
    }

    /**
     * Sets up {@code sheet} for printing; rows {@code firstHeaderRow}..{@code lastHeaderRow} (0-based) repeat on every
     * page.
     */
    static void apply(Sheet sheet, int firstHeaderRow, int lastHeaderRow, Page page) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setRepeatingRows(new CellRangeAddress(firstHeaderRow, lastHeaderRow, -1, -1));
        String title = escape(page.title());
        String filter = escape(page.filter());
        String header = title + "\n" + filter;
        if (header.length() > HEADER_LIMIT) {
            header = header.substring(0, HEADER_LIMIT - 1) + "…";
        }
        sheet.getHeader().setCenter(header);
        sheet.getFooter().setLeft(escape(page.generated()));
        sheet.getFooter().setCenter(escape(page.pageWord()) + " &P/&N");
    }

    private static String escape(String text) {
        return text.replace("&", "&&");
    }

    /** What the page header and footer say: the report's title, its filter, when it was written, the word "page". */
    record Page(String title, String filter, String generated, String pageWord) {
    }
}
