/** Text normalisation shared by the modules: folding Vietnamese text for diacritics-insensitive matching. */
package procedo.catalog.text;
