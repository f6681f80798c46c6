package procedo.engine;

import java.util.Map;

/**
 * A field of a task's form, as the model declares it.
 *
 * @param type    what the field holds
 * @param options for enum fields: value to label
 */
public record FormField(String id, String label, FormFieldType type, boolean required, Object defaultValue,
                        Map<String, String> options) {
}
