package procedo.templates.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Objects;
import procedo.catalog.number.Decimals;
import procedo.catalog.procedure.FeeChannel;

/**
 * A fee or charge of the standard, with a stable id a locality's fee override refers to. Amounts in VND. A locality
 * may set a lower amount; a higher one only when {@code localMayExceed} (the law lets the provincial People's
 * Council decide the amount above the standard's); it is {@code true} or null (not written), so that packages stored
 * before it existed read and hash the same.
 */
public record TemplateFee(String id, FeeChannel channel, String name, BigDecimal amountVnd,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Boolean localMayExceed) {

    public TemplateFee {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        name = name == null ? "" : name;
        amountVnd = Decimals.plain(Objects.requireNonNull(amountVnd, "amountVnd"));
        localMayExceed = Boolean.TRUE.equals(localMayExceed) ? Boolean.TRUE : null;
    }

    /** Whether a locality may set an amount above this one. */
    @JsonIgnore
    public boolean allowsHigherLocalAmount() {
        return localMayExceed != null;
    }

    /** A fee whose local amount may not exceed this one. */
    public TemplateFee(String id, FeeChannel channel, String name, BigDecimal amountVnd) {
        this(id, channel, name, amountVnd, false);
    }

    public TemplateFee withAmount(BigDecimal amount) {
        return new TemplateFee(id, channel, name, amount, localMayExceed);
    }
}
