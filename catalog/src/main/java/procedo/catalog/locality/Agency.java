package procedo.catalog.locality;


/** An implementing agency (cơ quan thực hiện), identified by a stable code. */
public record Agency(String code, String name, Level level) {
}
