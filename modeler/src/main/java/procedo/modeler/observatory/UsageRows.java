package procedo.modeler.observatory;

import java.util.function.Consumer;

/** Reads the usage figures of every procedure in one pass. */
public interface UsageRows {

    /**
     * Gives {@code sink} every stored usage figure, of one locality when {@code localityCode} is set and of one year
     * when {@code year} is set.
     */
    void forEach(String localityCode, Integer year, Consumer<UsageRow> sink);
}
