package app.bonusbot.bench;

/**
 * What the figures were measured on: they mean little without it.
 *
 * @param store the store's name and version: {@code SQLite 3.x}, or PostgreSQL's {@code SELECT version()}
 */
public record Machine(String java, String vm, int cpus, long maxHeapBytes, String os, String store) {

    static Machine current(String store) {
        Runtime runtime = Runtime.getRuntime();
        return new Machine(System.getProperty("java.runtime.version", Runtime.version().toString()),
                System.getProperty("java.vm.name") + " (" + System.getProperty("java.vm.vendor") + ")", runtime.availableProcessors(),
                runtime.maxMemory(), System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                store);
    }
}
