/** The catalog stored through jOOQ in H2 or PostgreSQL; the only package that speaks SQL. */
package procedo.catalog.persistence;
