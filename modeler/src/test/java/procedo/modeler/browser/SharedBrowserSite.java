package procedo.modeler.browser;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Gives browser tests a {@link BrowserSite} of the run: started by the first test that asks for it, kept in the
 * root context's store and closed when the run ends; reset before every test. Use with
 * {@code @ExtendWith(SharedBrowserSite.class)} and a {@code BrowserSite} constructor or method parameter. There are
 * two sites, each a server with the demo catalog and a Chromium of its own: a class holds the lock of the one it
 * uses, so that two browser tests run at once, one on each.
 */
final class SharedBrowserSite implements BeforeEachCallback, ParameterResolver {

    /**
     * The lock every class using the site holds ({@code @ResourceLock(SharedBrowserSite.LOCK)}): test classes run
     * concurrently, but one Chromium serves one test at a time.
     */
    static final String LOCK = "procedo.browser";

    /** The lock of the second site: classes holding it ({@code @ResourceLock(SharedBrowserSite.SECOND)}) use it. */
    static final String SECOND = "procedo.browser.second";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedBrowserSite.class);

    private static BrowserSite site(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(lockOf(context.getRequiredTestClass()), lock -> BrowserSite.start(), BrowserSite.class);
    }

    /** The site lock {@code type} holds: {@link #SECOND}, or else {@link #LOCK}. */
    private static String lockOf(Class<?> type) {
        for (ResourceLock lock : type.getAnnotationsByType(ResourceLock.class)) {
            if (SECOND.equals(lock.value())) {
                return SECOND;
            }
        }
        return LOCK;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        site(context).reset();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == BrowserSite.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return site(context);
    }
}
