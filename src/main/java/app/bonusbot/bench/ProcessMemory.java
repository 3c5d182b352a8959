package app.bonusbot.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** This process's memory: the heap's peak over a piece of work, and the resident set as the operating system sees it. */
final class ProcessMemory {

    private static final Path STATUS = Path.of("/proc/self/status");

    /**
     * The bot's heap limit in the README's start commands. The bot's data at 10,000 sellers and a million deals is
     * about 40 MiB after a collection; 256 MiB leaves the young generation room under HTTP load, and the whole process
     * (heap, metaspace, code, threads, SQLite's caches) under 600 MiB.
     */
    static final int README_HEAP_MIB = 256;
    static final String README_HEAP = "-Xmx" + README_HEAP_MIB + "m";

    private ProcessMemory() {}

    /** Starts a new peak: collects first, so that what the previous work left behind does not count. */
    static void resetHeapPeak() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The heap's pools' peaks since {@link #resetHeapPeak()}, added up: an upper bound of the heap in use at any moment. */
    static long heapPeakBytes() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /**
     * @param now the resident set size now, in bytes
     * @param peak the largest it has been in this process's life ("high water mark")
     */
    record Resident(long now, long peak) {}

    /** Read from /proc/self/status; empty where there is no such file (not Linux). */
    static java.util.Optional<Resident> resident() {
        try {
            List<String> lines = Files.readAllLines(STATUS);
            long rss = kibibytes(lines, "VmRSS:");
            long hwm = kibibytes(lines, "VmHWM:");
            return rss < 0 || hwm < 0 ? java.util.Optional.empty() : java.util.Optional.of(new Resident(rss * 1024, hwm * 1024));
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    private static long kibibytes(List<String> lines, String key) {
        return lines.stream().filter(l -> l.startsWith(key)).findFirst()
                .map(l -> Long.parseLong(l.substring(key.length()).replace("kB", "").trim()))
                .orElse(-1L);
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP && p.isValid()).toList();
    }
}
