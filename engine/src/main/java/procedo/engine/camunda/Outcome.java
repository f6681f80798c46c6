package procedo.engine.camunda;

/**
 * What an engine command that may refuse returns: its result, or the refusal. The refusal is thrown only once the
 * command has returned, so that the engine's command interceptor never sees (and logs as an error) what is only
 * a missing task or a suspended workflow.
 */
sealed interface Outcome<T> {

    static <T> Outcome<T> done(T value) {
        return new Done<>(value);
    }

    static <T> Outcome<T> refused(RuntimeException reason) {
        return new Refused<>(reason);
    }

    /** The result, or the refusal thrown. */
    T orThrow();

    /** The command did its work. */
    record Done<T>(T value) implements Outcome<T> {
        @Override
        public T orThrow() {
            return value;
        }
    }

    /** The command refused, and changed nothing. */
    record Refused<T>(RuntimeException reason) implements Outcome<T> {
        @Override
        public T orThrow() {
            throw reason;
        }
    }
}
