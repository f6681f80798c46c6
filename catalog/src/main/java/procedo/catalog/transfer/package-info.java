/**
 * The catalog as tables for exchange (agencies, procedures, dossier components, fees, activities, usage): their
 * columns and types, how a procedure's rows compare with what the catalog stores (field by field), and the storage
 * side of export (streamed rows) and import (stored rows by code, one transaction).
 */
package procedo.catalog.transfer;
