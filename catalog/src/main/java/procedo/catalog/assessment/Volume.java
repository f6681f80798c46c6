package procedo.catalog.assessment;

/** Dossiers received in a year: in total, online and on time. */
public record Volume(long total, long online, long onTime) {

    public static final Volume NONE = new Volume(0, 0, 0);

    public Volume plus(Volume other) {
        return new Volume(total + other.total, online + other.online, onTime + other.onTime);
    }
}
