package procedo.catalog.transfer;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * One column of a {@link CatalogTable}: its name (the header), type and bounds. For TEXT {@code limit} is the
 * maximum length, for INTEGER the maximum value, for DECIMAL the number of decimals ({@code max} the maximum).
 */
public record Column(String name, Type type, boolean required, int limit, BigDecimal max, List<String> choices) {

    /** The kind of value a column holds. */
    public enum Type {
        TEXT, CHOICE, INTEGER, COUNT, DECIMAL, DATE
    }

    static Column text(String name, boolean required, int maxLength) {
        return new Column(name, Type.TEXT, required, maxLength, null, List.of());
    }

    static Column choice(String name, boolean required, Class<? extends Enum<?>> type) {
        return new Column(name, Type.CHOICE, required, 0, null,
                Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    static Column integer(String name, boolean required, int max) {
        return new Column(name, Type.INTEGER, required, max, null, List.of());
    }

    static Column count(String name, boolean required) {
        return new Column(name, Type.COUNT, required, 0, null, List.of());
    }

    static Column decimal(String name, boolean required, int scale, String max) {
        return new Column(name, Type.DECIMAL, required, scale, new BigDecimal(max), List.of());
    }

    static Column date(String name) {
        return new Column(name, Type.DATE, false, 0, null, List.of());
    }
}
