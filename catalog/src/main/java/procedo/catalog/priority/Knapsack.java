package procedo.catalog.priority;

/**
 * Exact 0/1 knapsack by dynamic programming over integer capacity: one {@code long} row of best values and one
 * bit per (item, capacity) recording "taken", from which the choice is rebuilt backwards. An item is taken only
 * when that is strictly better, so among equal optima the later items are left out.
 */
final class Knapsack {

    private Knapsack() {
    }

    /**
     * The items (effort ≥ 1, value ≥ 0) that maximise total value with total effort ≤ {@code capacity}.
     * The caller guarantees that the sum of all values fits a long and that items × (capacity + 1) bits fit
     * the memory it is willing to spend.
     */
    static boolean[] solve(int[] effort, long[] value, int capacity) {
        int n = effort.length;
        int words = (capacity >>> 6) + 1;
        long[] taken = new long[Math.multiplyExact(n, words)];
        long[] best = new long[capacity + 1];
        long[] effortFrom = new long[n + 1];
        for (int i = n - 1; i >= 0; i--) {
            effortFrom[i] = effortFrom[i + 1] + effort[i];
        }
        for (int i = 0; i < n; i++) {
            // Capacities below this are never read again: later items can use up at most effortFrom[i + 1].
            int low = (int) Math.max(effort[i], capacity - effortFrom[i + 1]);
            relax(best, taken, i * words, effort[i], value[i], low, capacity);
        }
        boolean[] chosen = new boolean[n];
        int c = capacity;
        for (int i = n - 1; i >= 0; i--) {
            if ((taken[i * words + (c >>> 6)] & (1L << c)) != 0) {
                chosen[i] = true;
                c -= effort[i];
            }
        }
        return chosen;
    }

    /**
     * Offers one item to every capacity from {@code capacity} down to {@code low} (downwards, so that the row
     * still holds the previous items' values where it is read). A method of its own so that the JIT compiles
     * this hot loop on its own terms.
     */
    private static void relax(long[] best, long[] taken, int base, int effort, long value, int low, int capacity) {
        for (int c = capacity; c >= low; c--) {
            long with = best[c - effort] + value;
            if (with > best[c]) {
                best[c] = with;
                taken[base + (c >>> 6)] |= 1L << c;
            }
        }
    }
}
