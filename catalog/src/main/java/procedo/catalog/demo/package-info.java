/** The demo catalog of real Vietnamese procedures that an empty database starts with. */
package procedo.catalog.demo;
