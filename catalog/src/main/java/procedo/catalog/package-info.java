/**
 * The procedure catalog. This package holds its storage as a whole, {@link procedo.catalog.CatalogStore}: the
 * repositories of the feature packages below it and transactions across them.
 */
package procedo.catalog;
