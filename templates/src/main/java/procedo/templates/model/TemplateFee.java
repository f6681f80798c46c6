package procedo.templates.model;

import java.math.BigDecimal;
import java.util.Objects;
import procedo.catalog.number.Decimals;
import procedo.catalog.procedure.FeeChannel;

/** A fee or charge of the standard, with a stable id a locality's fee override refers to. Amounts in VND. */
public record TemplateFee(String id, FeeChannel channel, String name, BigDecimal amountVnd) {

    public TemplateFee {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        name = name == null ? "" : name;
        amountVnd = Decimals.plain(Objects.requireNonNull(amountVnd, "amountVnd"));
    }

    public TemplateFee withAmount(BigDecimal amount) {
        return new TemplateFee(id, channel, name, amount);
    }
}
