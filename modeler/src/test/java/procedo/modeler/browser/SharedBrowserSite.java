package procedo.modeler.browser;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives browser tests the {@link BrowserSite} of the run: started by the first test that asks for it, kept in the
 * root context's store and closed when the run ends; reset before every test. Use with
 * {@code @ExtendWith(SharedBrowserSite.class)} and a {@code BrowserSite} constructor or method parameter.
 */
final class SharedBrowserSite implements BeforeEachCallback, ParameterResolver {

    /**
     * The lock every class using the site holds ({@code @ResourceLock(SharedBrowserSite.LOCK)}): test classes run
     * concurrently, but one Chromium serves one test at a time.
     */
    static final String LOCK = "procedo.browser";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedBrowserSite.class);

    private static BrowserSite site(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(BrowserSite.class, type -> BrowserSite.start(), BrowserSite.class);
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
