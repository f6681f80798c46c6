package procedo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The names the enums of the port are read and written by: the ones the models, variables and API use. */
class WireNamesTest {

    @Test
    void channelsAreReadByTheirExactName() {
        assertThat(Channel.parse("COUNTER")).contains(Channel.COUNTER);
        assertThat(Channel.parse("online")).isEmpty();
        assertThat(Channel.parse("FAX")).isEmpty();
        assertThat(Channel.parse(null)).isEmpty();
    }

    @Test
    void formFieldTypesHaveTheModelsLowerCaseNames() {
        assertThat(Arrays.stream(FormFieldType.values()).map(FormFieldType::wireName))
                .containsExactly("string", "long", "boolean", "date", "enum");
        assertThat(FormFieldType.fromWireName("boolean")).contains(FormFieldType.BOOLEAN);
        assertThat(FormFieldType.fromWireName("BOOLEAN")).isEmpty();
        assertThat(FormFieldType.fromWireName("custom")).isEmpty();
    }

    @Test
    void aCaseStartsOnlineUnlessToldOtherwise() {
        assertThat(new StartCase("1.000001", "01", null, 5, null, "officer").channel()).isEqualTo(Channel.ONLINE);
    }
}
