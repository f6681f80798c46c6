/**
 * Text for people and text normalisation shared by the modules: {@link procedo.catalog.text.Text} and
 * {@link procedo.catalog.text.Messages} (every sentence in Vietnamese and English, arguments formatted the vi-VN
 * way), folding Vietnamese text for diacritics-insensitive matching, and digests.
 */
package procedo.catalog.text;
