/** The domain's small exception hierarchy: not found, conflict, invalid input with locations. */
package procedo.catalog.error;
