/** jOOQ storage of template versions and adoptions. */
package procedo.templates.persistence;
