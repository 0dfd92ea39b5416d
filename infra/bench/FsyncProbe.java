/*
 * How long this machine's disk takes to make a small write durable, the wait every accepted command has in its
 * commit: one file, the JDK only. Writes 8 KB and forces it to the disk (fdatasync, as PostgreSQL flushes its WAL)
 * at a fixed rate, and prints the distribution and the stalls. Run it on an idle machine to see the disk alone.
 *
 *   java infra/bench/FsyncProbe.java [seconds 60] [flushes/s 1500] [directory, default the working directory]
 */

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

public class FsyncProbe {

    private static final int PAGE_BYTES = 8192;
    private static final int PAGES_IN_FILE = 2048; // 16 MB, rewritten in turn like a WAL segment
    private static final long[] STALL_THRESHOLDS_MS = {20, 50, 100};

    public static void main(String[] args) throws IOException {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int flushesPerSecond = args.length > 1 ? Integer.parseInt(args[1]) : 1500;
        Path file = Files.createTempFile(Path.of(args.length > 2 ? args[2] : "."), "fsync-probe", ".dat");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE)) {
            report(probe(channel, seconds, flushesPerSecond), seconds, flushesPerSecond);
        }
    }

    private static long[] probe(FileChannel channel, int seconds, int flushesPerSecond) throws IOException {
        byte[] bytes = new byte[PAGE_BYTES];
        ThreadLocalRandom.current().nextBytes(bytes);
        ByteBuffer page = ByteBuffer.wrap(bytes);
        long intervalNanos = 1_000_000_000L / flushesPerSecond;
        int flushes = seconds * flushesPerSecond;
        long[] nanos = new long[flushes];
        long planned = System.nanoTime();
        for (int i = 0; i < flushes; i++) {
            long started = System.nanoTime();
            channel.write(page.rewind(), (long) (i % PAGES_IN_FILE) * PAGE_BYTES);
            channel.force(false);
            nanos[i] = System.nanoTime() - started;
            if (nanos[i] > 50_000_000L) {
                System.out.printf("%s stall: %.1f ms%n", LocalTime.now().withNano(0), nanos[i] / 1e6);
            }
            planned += intervalNanos;
            LockSupport.parkNanos(planned - System.nanoTime());
        }
        return nanos;
    }

    private static void report(long[] nanos, int seconds, int flushesPerSecond) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        List<String> stalls = new ArrayList<>();
        for (long thresholdMs : STALL_THRESHOLDS_MS) {
            long count = Arrays.stream(sorted).filter(n -> n > thresholdMs * 1_000_000L).count();
            stalls.add("> " + thresholdMs + " ms: " + count);
        }
        System.out.printf("%d flushes of 8 KB in %d s (%d/s): p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.1f ms; %s%n",
                nanos.length, seconds, flushesPerSecond, percentile(sorted, 50), percentile(sorted, 99),
                percentile(sorted, 99.9), sorted[sorted.length - 1] / 1e6, String.join(", ", stalls));
    }

    private static double percentile(long[] sorted, double percent) {
        int index = (int) Math.ceil(sorted.length * percent / 100) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
