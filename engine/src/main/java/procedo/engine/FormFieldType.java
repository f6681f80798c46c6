package procedo.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The types a task form's field may have: the form field types of the engine that the task list can show and
 * check. Each is written in the model, and in the API, by its {@link #wireName() wire name}.
 */
public enum FormFieldType {
    STRING,
    LONG,
    BOOLEAN,
    DATE,
    ENUM;

    private final String wireName = name().toLowerCase(Locale.ROOT);

    /** The name in the model ({@code camunda:formField type="boolean"}) and in the API: lower case. */
    public String wireName() {
        return wireName;
    }

    /** The type of that wire name, if the task list offers it. */
    public static Optional<FormFieldType> fromWireName(String wireName) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(wireName)).findFirst();
    }
}
