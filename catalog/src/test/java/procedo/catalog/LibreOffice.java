package procedo.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Debian's LibreOffice ({@code libreoffice-calc-nogui}) converting a workbook headless: a file it cannot open
 * fails the conversion. A missing LibreOffice is a failure with the command that installs it, never a skip.
 */
public final class LibreOffice {

    public static final Path SOFFICE = Path.of("/usr/bin/soffice");

    private LibreOffice() {
    }

    /** Converts {@code workbook} to {@code format} (e.g. pdf, or csv with a filter: csv:Text - txt - csv (StarCalc):44,34,76) in {@code dir}; returns the produced file. */
    public static Path convert(Path workbook, String format, Path dir) throws IOException, InterruptedException {
        if (!Files.isExecutable(SOFFICE)) {
            throw new AssertionError("LibreOffice is missing: install Debian's package with "
                    + "'apt-get install libreoffice-calc-nogui' (./procedo test and .ci/run do it)");
        }
        Path profile = Files.createTempDirectory(dir, "lo-profile");
        Path out = Files.createDirectories(dir.resolve("out"));
        Process process = new ProcessBuilder(SOFFICE.toString(), "--headless", "--norestore", "--nologo",
                "-env:UserInstallation=" + profile.toUri(), "--convert-to", format, "--outdir", out.toString(),
                workbook.toString())
                .redirectErrorStream(true).start();
        boolean done = process.waitFor(180, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) {
            process.destroyForcibly();
            throw new AssertionError("LibreOffice did not finish converting " + workbook + ": " + output);
        }
        assertThat(process.exitValue()).as("soffice exit code; output: " + output).isZero();
        String name = workbook.getFileName().toString();
        String extension = format.contains(":") ? format.substring(0, format.indexOf(':')) : format;
        Path produced = out.resolve(name.substring(0, name.lastIndexOf('.')) + "." + extension);
        assertThat(produced).as("LibreOffice output; its messages: " + output).exists();
        assertThat(Files.size(produced)).isPositive();
        return produced;
    }
}
