/** Priority scoring with explanations, and the exact portfolio that fits an effort budget. */
package procedo.catalog.priority;
