package procedo.catalog.json;

import com.fasterxml.jackson.databind.JsonMappingException;

/** Names the place of a JSON mapping problem the way problems are located: {@code activities[2].share}. */
public final class JsonPaths {

    private JsonPaths() {
    }

    /** The path of the value the problem is at, or the empty text for the document itself. */
    public static String of(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            }
        }
        return path.toString();
    }
}
