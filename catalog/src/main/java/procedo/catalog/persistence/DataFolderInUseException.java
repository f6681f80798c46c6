package procedo.catalog.persistence;

import java.nio.file.Path;
import java.util.Optional;
import procedo.catalog.error.ConflictException;

/**
 * The embedded data folder is held by another process (or by this one already): a second server, or a local
 * command while a server runs, is refused rather than sharing the database file.
 */
public final class DataFolderInUseException extends ConflictException {

    private final transient Path folder;
    private final transient Optional<DataFolderLock.Holder> holder;

    public DataFolderInUseException(Path folder, Optional<DataFolderLock.Holder> holder) {
        super("The data folder " + folder + " is in use by another Procedo process"
                + holder.map(h -> ": " + h.describe()).orElse("")
                + ". Only one process may open it at a time: stop that one first, or use another --data folder"
                + holder.flatMap(DataFolderLock.Holder::server)
                        .map(s -> " (while it runs, work through its web application and API at " + s + ")")
                        .orElse("")
                + ".");
        this.folder = folder;
        this.holder = holder;
    }

    public Path folder() {
        return folder;
    }

    /** Who holds the folder, when it could be read. */
    public Optional<DataFolderLock.Holder> holder() {
        return holder;
    }
}
