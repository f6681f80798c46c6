package procedo.modeler;

import java.util.Comparator;
import java.util.Set;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The order the module's test classes are handed to the test threads (set in {@code junit-platform.properties}): first
 * the browser tests, then the tests that start JVMs of their own, then the rest, each group by name. The first two
 * spend most of their time waiting, on Chromium or on another JVM; started first, they wait while the rest of the
 * module keeps both processors busy, where started last they waited with a processor idle. A browser class waiting
 * for its site's lock blocks no test thread: the pool makes another in its place ({@code max-pool-size} in the
 * module's pom).
 */
public final class WaitingTestsFirst implements ClassOrderer {

    /** The tags of tests that wait on processes they start. */
    private static final Set<String> PROCESS_TAGS = Set.of("process");

    @Override
    public void orderClasses(ClassOrdererContext context) {
        Comparator<ClassDescriptor> order = Comparator.comparingInt(WaitingTestsFirst::group);
        context.getClassDescriptors().sort(order.thenComparing((ClassDescriptor d) -> d.getTestClass().getName()));
    }

    private static int group(ClassDescriptor descriptor) {
        Class<?> type = descriptor.getTestClass();
        for (ResourceLock lock : type.getAnnotationsByType(ResourceLock.class)) {
            if (lock.value().startsWith("procedo.browser")) {
                return 0;
            }
        }
        for (Tag tag : type.getAnnotationsByType(Tag.class)) {
            if (PROCESS_TAGS.contains(tag.value())) {
                return 1;
            }
        }
        return 2;
    }
}
