package procedo.modeler.observatory;

/** Where a figure stands against its column's thresholds: the colour it is shown in. */
public enum Rating {
    GOOD, MEDIUM, POOR
}
