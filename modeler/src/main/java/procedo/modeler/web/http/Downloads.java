package procedo.modeler.web.http;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Files the API sends for download: their media types and the attachment answer. */
public final class Downloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private Downloads() {
    }

    /** Writes a file's content. */
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Answers with the written file as an attachment named {@code fileName}: an ASCII name for old clients and the
     * UTF-8 one beside it. The file is written whole before the answer starts, so a failure is still an error.
     */
    public static void attachment(Context ctx, String type, String fileName, Writer writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.contentType(type)
                .header("Content-Disposition", "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_")
                        + "\"; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .result(out.toByteArray());
    }
}
