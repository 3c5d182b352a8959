package app.bonusbot.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A new directory for one run's files, deleted with everything in it on close unless it is to be kept. */
final class ScratchDirectory implements AutoCloseable {

    private final Path path;
    private final boolean keep;

    private ScratchDirectory(Path path, boolean keep) {
        this.path = path;
        this.keep = keep;
    }

    static ScratchDirectory create(Path parent, boolean keep) throws IOException {
        Files.createDirectories(parent);
        return new ScratchDirectory(Files.createTempDirectory(parent, "bonusbot-bench-"), keep);
    }

    Path path() {
        return path;
    }

    Path resolve(String name) {
        return path.resolve(name);
    }

    @Override
    public void close() {
        if (keep) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(path)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the bench directory " + path + " to delete it", e);
        }
        for (Path p : paths) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + p + " (the bench directory " + path + " is left behind)", e);
            }
        }
    }
}
