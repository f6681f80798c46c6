package procedo.modeler.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problem;

/** Input files named on the command line: refused before reading when missing or too large; problems located in them. */
final class InputFiles {

    private InputFiles() {
    }

    /** The bytes of {@code file}, refusing a missing file or one larger than {@code maxBytes} before reading it. */
    static byte[] read(Path file, long maxBytes) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw InvalidInputException.of(file.toString(), "no such file");
        }
        if (Files.size(file) > maxBytes) {
            throw InvalidInputException.of(file.toString(), "is larger than " + maxBytes + " bytes");
        }
        return Files.readAllBytes(file);
    }

    /** The same problems, each located in {@code file}. */
    static InvalidInputException locatedIn(Path file, InvalidInputException e) {
        return new InvalidInputException(e.problems().stream()
                .map(p -> new Problem(file + ": " + p.location(), p.message())).toList());
    }
}
