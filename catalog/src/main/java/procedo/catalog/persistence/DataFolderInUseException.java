package procedo.catalog.persistence;

import java.nio.file.Path;
import java.util.Optional;
import procedo.catalog.error.ConflictException;
import procedo.catalog.text.Text;

/**
 * The embedded data folder is held by another process (or by this one already): a second server, or a local
 * command while a server runs, is refused rather than sharing the database file.
 */
public final class DataFolderInUseException extends ConflictException {

    private final transient Path folder;
    private final transient Optional<DataFolderLock.Holder> holder;

    public DataFolderInUseException(Path folder, Optional<DataFolderLock.Holder> holder) {
        super(Text.of("catalog.dataFolder.inUse", folder.toString(),
                holder.<Object>map(h -> Text.of("catalog.dataFolder.holder", h.describe())).orElse(""),
                holder.flatMap(DataFolderLock.Holder::server)
                        .<Object>map(s -> Text.of("catalog.dataFolder.server", s)).orElse("")));
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
