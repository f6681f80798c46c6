package procedo.catalog.excel;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The checked rows of one sheet kept in a temporary file while an import runs, so that the workbook is parsed once:
 * each row with the position of its procedure in the procedures sheet and its row number. Read back in order, or
 * after a stable sort by procedure when the sheet lists its procedures in another order than the procedures sheet.
 */
final class RowSpill implements AutoCloseable {

    /** One kept row. */
    record Row(int procedure, int number, List<Object> values) {
    }

    private static final byte NULL = 0;
    private static final byte TEXT = 1;
    private static final byte INTEGER = 2;
    private static final byte LONG = 3;
    private static final byte DECIMAL = 4;

    private Path file;
    private DataOutputStream out;
    private long rows;
    private int lastProcedure = -1;
    private boolean ordered = true;

    RowSpill() {
        try {
            file = Files.createTempFile("procedo-import-", ".rows");
            out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void add(int procedure, int number, List<Object> values) {
        try {
            write(out, new Row(procedure, number, values));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ordered &= procedure >= lastProcedure;
        lastProcedure = Math.max(lastProcedure, procedure);
        rows++;
    }

    long rows() {
        return rows;
    }

    /** Ends writing; rows listed out of the procedures' order are sorted (stably) in memory. */
    void finish() {
        try {
            out.close();
            if (!ordered) {
                List<Row> all = new ArrayList<>();
                try (Reader reader = reader()) {
                    for (Row row = reader.next(); row != null; row = reader.next()) {
                        all.add(row);
                    }
                }
                all.sort(Comparator.comparingInt(Row::procedure));
                try (DataOutputStream sorted = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
                    for (Row row : all) {
                        write(sorted, row);
                    }
                }
                ordered = true;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Reader reader() {
        try {
            return new Reader(new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(DataOutputStream out, Row row) throws IOException {
        out.writeInt(row.procedure());
        out.writeInt(row.number());
        out.writeShort(row.values().size());
        for (Object v : row.values()) {
            if (v == null) {
                out.writeByte(NULL);
            } else if (v instanceof String s) {
                byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
                out.writeByte(TEXT);
                out.writeInt(bytes.length);
                out.write(bytes);
            } else if (v instanceof Integer i) {
                out.writeByte(INTEGER);
                out.writeInt(i);
            } else if (v instanceof Long l) {
                out.writeByte(LONG);
                out.writeLong(l);
            } else if (v instanceof BigDecimal d) {
                out.writeByte(DECIMAL);
                out.writeUTF(d.toString());
            } else {
                throw new IllegalArgumentException("cannot keep a " + v.getClass().getSimpleName());
            }
        }
    }

    /** Reads the kept rows in order, with one row of look-ahead. */
    static final class Reader implements AutoCloseable {
        private final DataInputStream in;
        private Row peeked;

        private Reader(DataInputStream in) {
            this.in = in;
        }

        /** The next row without taking it; {@code null} at the end. */
        Row peek() {
            if (peeked == null) {
                peeked = read();
            }
            return peeked;
        }

        /** The next row; {@code null} at the end. */
        Row next() {
            Row row = peek();
            peeked = null;
            return row;
        }

        private Row read() {
            try {
                int procedure;
                try {
                    procedure = in.readInt();
                } catch (EOFException end) {
                    return null;
                }
                int number = in.readInt();
                int size = in.readShort();
                List<Object> values = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    byte tag = in.readByte();
                    values.add(switch (tag) {
                        case NULL -> null;
                        case TEXT -> {
                            byte[] bytes = new byte[in.readInt()];
                            in.readFully(bytes);
                            yield new String(bytes, StandardCharsets.UTF_8);
                        }
                        case INTEGER -> in.readInt();
                        case LONG -> in.readLong();
                        case DECIMAL -> new BigDecimal(in.readUTF());
                        default -> throw new IllegalStateException("unknown value tag " + tag);
                    });
                }
                return new Row(procedure, number, values);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
