package procedo.catalog.persistence;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one process that works on an embedded data folder. Whoever opens the folder's database holds an operating
 * system lock on {@code procedo.lock} in it, and writes into that file who it is (process id, command, since when
 * and, for a server, its address); a second opener is refused with a {@link DataFolderInUseException} that names
 * the folder and the holder. The operating system releases the lock when the holder ends, however it ends (a
 * killed process leaves a stale file, which the next holder overwrites).
 *
 * <p>The folders held by this JVM are also kept in memory: on Linux, closing any channel on a locked file would
 * release the lock of the whole process, so a second attempt from the same JVM never opens the file.
 */
public final class DataFolderLock implements AutoCloseable {

    /** The lock file's name in the data folder. */
    public static final String FILE_NAME = "procedo.lock";

    private static final Map<Path, Holder> HELD_IN_THIS_JVM = new ConcurrentHashMap<>();

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;
    private Holder holder;

    private DataFolderLock(Path folder, FileChannel channel, FileLock lock, Holder holder) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
        this.holder = holder;
    }

    /**
     * Who holds a data folder.
     *
     * @param pid     the holding process
     * @param command what it runs (its command line, as far as the JVM knows it)
     * @param server  the address of the server it runs, when it serves the application
     * @param since   when it took the folder
     */
    public record Holder(long pid, String command, Optional<String> server, Instant since) {

        /** This process, running {@code command}. */
        public static Holder thisProcess(String command) {
            return new Holder(ProcessHandle.current().pid(), command, Optional.empty(), Instant.now());
        }

        /** The same holder, now serving at {@code address}. */
        public Holder serving(String address) {
            return new Holder(pid, command, Optional.of(address), since);
        }

        /** One line for a person: "process 1234 (serve …) at http://localhost:7070 since …". */
        public String describe() {
            return "process " + pid + (command.isBlank() ? "" : " (" + command + ")")
                    + server.map(s -> ", serving " + s).orElse("") + ", since " + since;
        }

        String toProperties() {
            return "pid=" + pid + "\ncommand=" + command.replace('\n', ' ') + "\n"
                    + server.map(s -> "server=" + s + "\n").orElse("") + "since=" + since + "\n";
        }

        static Optional<Holder> fromProperties(String text) {
            Properties properties = new Properties();
            try {
                properties.load(new StringReader(text.replace("\\", "\\\\")));
                return Optional.of(new Holder(Long.parseLong(properties.getProperty("pid", "-1").trim()),
                        properties.getProperty("command", ""), Optional.ofNullable(properties.getProperty("server")),
                        Instant.parse(properties.getProperty("since", Instant.EPOCH.toString()).trim())));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }
    }

    /** The command line of this JVM, as the JVM reports it (e.g. {@code procedo.jar serve --port 7070}). */
    public static String thisCommand() {
        return System.getProperty("sun.java.command", "java");
    }

    /**
     * Takes the data folder for this process, creating the folder when missing.
     *
     * @throws DataFolderInUseException when another process, or this one, holds it already
     */
    public static DataFolderLock acquire(Path folder, Holder holder) {
        Path real = realFolder(folder);
        synchronized (HELD_IN_THIS_JVM) {
            Holder inThisJvm = HELD_IN_THIS_JVM.get(real);
            if (inThisJvm != null) {
                throw new DataFolderInUseException(real, Optional.of(inThisJvm));
            }
            FileChannel channel = null;
            try {
                channel = FileChannel.open(real.resolve(FILE_NAME), StandardOpenOption.CREATE,
                        StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    Optional<Holder> other = read(channel);
                    channel.close();
                    throw new DataFolderInUseException(real, other);
                }
                DataFolderLock taken = new DataFolderLock(real, channel, lock, holder);
                taken.write(holder);
                HELD_IN_THIS_JVM.put(real, holder);
                return taken;
            } catch (OverlappingFileLockException e) {
                close(channel);
                throw new DataFolderInUseException(real, Optional.empty());
            } catch (IOException e) {
                close(channel);
                throw new UncheckedIOException("cannot lock the data folder " + real, e);
            }
        }
    }

    /** The folder this lock holds. */
    public Path folder() {
        return folder;
    }

    /** Who holds the folder. */
    public synchronized Holder holder() {
        return holder;
    }

    /** Records that the holder now serves the application at {@code address}, for commands that need it. */
    public synchronized void serving(String address) {
        holder = holder.serving(address);
        HELD_IN_THIS_JVM.replace(folder, holder);
        try {
            write(holder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder.resolve(FILE_NAME), e);
        }
    }

    private void write(Holder value) throws IOException {
        byte[] bytes = value.toProperties().getBytes(StandardCharsets.UTF_8);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(bytes), 0);
        channel.force(false);
    }

    private static Optional<Holder> read(FileChannel channel) throws IOException {
        long size = Math.min(channel.size(), 64 * 1024);
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
            // reads until the buffer is full or the file ends
        }
        return Holder.fromProperties(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8));
    }

    private static Path realFolder(Path folder) {
        try {
            Files.createDirectories(folder);
            return folder.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + folder.toAbsolutePath(), e);
        }
    }

    private static void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the lock attempt failed already; that failure is the one to report
            }
        }
    }

    /** Releases the folder; the lock file stays, empty, for the next holder. */
    @Override
    public void close() {
        synchronized (HELD_IN_THIS_JVM) {
            try {
                channel.truncate(0);
                lock.release();
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot release the data folder " + folder, e);
            } finally {
                HELD_IN_THIS_JVM.remove(folder);
            }
        }
    }
}
