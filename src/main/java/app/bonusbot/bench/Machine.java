package app.bonusbot.bench;

import org.jdbi.v3.core.Jdbi;

/** What the figures were measured on: they mean little without it. */
public record Machine(String java, String vm, int cpus, long maxHeapBytes, String os, String sqlite) {

    static Machine current(Jdbi jdbi) {
        Runtime runtime = Runtime.getRuntime();
        String sqlite = jdbi.withHandle(h -> h.createQuery("SELECT sqlite_version()").mapTo(String.class).one());
        return new Machine(System.getProperty("java.runtime.version", Runtime.version().toString()),
                System.getProperty("java.vm.name") + " (" + System.getProperty("java.vm.vendor") + ")", runtime.availableProcessors(),
                runtime.maxMemory(), System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                sqlite);
    }
}
