/**
 * The catalog as tables for exchange (agencies, procedures, dossier components, fees, activities, usage): their
 * columns and types, and the storage side of export (streamed rows) and import (one transaction).
 */
package procedo.catalog.transfer;
