package procedo.catalog.cyclefixture.inner;

import procedo.catalog.cyclefixture.Outer;

/** The other half of the package cycle of {@link Outer}. */
public final class Inner {

    Outer outer;
}
