/**
 * Simplification plans (phương án đơn giản hóa): measures on a procedure, the to-be Standard Cost Model derived
 * from them, the status workflow, and suggestions of measures the data supports.
 */
package procedo.catalog.plan;
