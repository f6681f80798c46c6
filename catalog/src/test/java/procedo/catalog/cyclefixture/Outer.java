package procedo.catalog.cyclefixture;

import procedo.catalog.cyclefixture.inner.Inner;

/** Half of a package cycle through a root package, for the rules' own test. */
public final class Outer {

    Inner inner;
}
