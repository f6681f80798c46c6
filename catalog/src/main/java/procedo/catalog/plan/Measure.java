package procedo.catalog.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import procedo.catalog.number.Decimals;

/**
 * One change a simplification plan makes to a procedure. In JSON a measure carries its {@code kind}. How each
 * kind changes the Standard Cost Model is defined once, in {@link PlanDerivation}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Measure.RemoveComponent.class, name = "REMOVE_COMPONENT"),
    @JsonSubTypes.Type(value = Measure.OnceOnly.class, name = "ONCE_ONLY"),
    @JsonSubTypes.Type(value = Measure.Online.class, name = "ONLINE"),
    @JsonSubTypes.Type(value = Measure.CutProcessingTime.class, name = "CUT_PROCESSING_TIME"),
    @JsonSubTypes.Type(value = Measure.CutFee.class, name = "CUT_FEE"),
    @JsonSubTypes.Type(value = Measure.Merge.class, name = "MERGE")
})
public sealed interface Measure {

    /** The kind's name as stored and shown. */
    @JsonIgnore
    String kindName();

    /** The measure in words, as derived activities and reports cite it. */
    @JsonIgnore
    String label();

    /** Remove a dossier component: the applicant no longer provides it. */
    record RemoveComponent(String component) implements Measure {
        public String kindName() {
            return "REMOVE_COMPONENT";
        }

        public String label() {
            return "remove component '" + component + "'";
        }
    }

    /** Reuse the data from a national database instead of asking for the document (once-only). */
    record OnceOnly(String component, String database) implements Measure {
        public String kindName() {
            return "ONCE_ONLY";
        }

        public String label() {
            return "once-only: reuse '" + component + "' from " + database;
        }
    }

    /** Accept online submission and deliver the result online: no travel, no waiting at the counter. */
    record Online() implements Measure {
        public String kindName() {
            return "ONLINE";
        }

        public String label() {
            return "online submission and delivery";
        }
    }

    /** Cut the processing time limit to {@code days} working days. */
    record CutProcessingTime(Integer days) implements Measure {
        public String kindName() {
            return "CUT_PROCESSING_TIME";
        }

        public String label() {
            return "processing time cut to " + days + " working days";
        }
    }

    /** Cut the fees by {@code percent} (100 waives them). */
    record CutFee(BigDecimal percent) implements Measure {
        public String kindName() {
            return "CUT_FEE";
        }

        public String label() {
            return percent != null && percent.compareTo(BigDecimal.valueOf(100)) == 0 ? "fees waived"
                    : "fees cut by " + (percent == null ? "?" : Decimals.text(percent)) + "%";
        }
    }

    /** Merge with linked procedures into one inter-agency service: shared steps happen once for the bundle. */
    record Merge(List<String> linkedCodes, String serviceName) implements Measure {
        public Merge {
            linkedCodes = List.copyOf(Objects.requireNonNullElse(linkedCodes, List.of()));
        }

        public String kindName() {
            return "MERGE";
        }

        public String label() {
            return "inter-agency service '" + serviceName + "' with " + String.join(", ", linkedCodes);
        }
    }
}
