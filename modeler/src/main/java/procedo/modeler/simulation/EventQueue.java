package procedo.modeler.simulation;

import java.util.Arrays;

/**
 * The simulator's future events on a binary heap of primitives: a time, an order of scheduling that breaks ties
 * (so runs are reproducible), a kind and two integers.
 */
final class EventQueue {

    private double[] time = new double[1024];
    private long[] order = new long[1024];
    private int[] kind = new int[1024];
    private int[] first = new int[1024];
    private int[] second = new int[1024];
    private int size;
    private long scheduled;

    double topTime;
    int topKind;
    int topFirst;
    int topSecond;

    boolean isEmpty() {
        return size == 0;
    }

    void add(double at, int eventKind, int a, int b) {
        if (size == time.length) {
            int grown = size * 2;
            time = Arrays.copyOf(time, grown);
            order = Arrays.copyOf(order, grown);
            kind = Arrays.copyOf(kind, grown);
            first = Arrays.copyOf(first, grown);
            second = Arrays.copyOf(second, grown);
        }
        int i = size++;
        long seq = scheduled++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(at, seq, parent)) {
                break;
            }
            move(parent, i);
            i = parent;
        }
        set(i, at, seq, eventKind, a, b);
    }

    /** Takes the earliest event into the {@code top...} fields. */
    void poll() {
        topTime = time[0];
        topKind = kind[0];
        topFirst = first[0];
        topSecond = second[0];
        int last = --size;
        if (last == 0) {
            return;
        }
        double t = time[last];
        long seq = order[last];
        int k = kind[last];
        int a = first[last];
        int b = second[last];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= last) {
                break;
            }
            if (child + 1 < last && earlier(child + 1, child)) {
                child++;
            }
            if (!(time[child] < t || time[child] == t && order[child] < seq)) {
                break;
            }
            move(child, i);
            i = child;
        }
        set(i, t, seq, k, a, b);
    }

    private boolean before(double at, long seq, int other) {
        return at < time[other] || at == time[other] && seq < order[other];
    }

    private boolean earlier(int a, int b) {
        return time[a] < time[b] || time[a] == time[b] && order[a] < order[b];
    }

    private void move(int from, int to) {
        time[to] = time[from];
        order[to] = order[from];
        kind[to] = kind[from];
        first[to] = first[from];
        second[to] = second[from];
    }

    private void set(int i, double at, long seq, int eventKind, int a, int b) {
        time[i] = at;
        order[i] = seq;
        kind[i] = eventKind;
        first[i] = a;
        second[i] = b;
    }
}
