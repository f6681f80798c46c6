package procedo.catalog.locality;

import procedo.catalog.procedure.Level;

/** An implementing agency (cơ quan thực hiện), identified by a stable code. */
public record Agency(String code, String name, Level level) {
}
