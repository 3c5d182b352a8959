package app.bonusbot.bot;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;
import org.sqlite.SQLiteJDBCLoader;

/**
 * Points sqlite-jdbc at the copy of its native library for the build machine that {@code mvn package} unpacks beside
 * the jar ({@code target/sqlite-native/VERSION/}). Left alone, sqlite-jdbc writes a new copy of the library into the
 * temporary directory at every start and reads it back byte by byte to check it: a tenth of a second and more of each
 * start, most of it waiting for the disk. A jar without that directory beside it (copied elsewhere), the class
 * directories of a test run, or an {@code org.sqlite.lib.path} given on the command line keep sqlite-jdbc's own way,
 * and so does a copy it cannot load (a jar built on another platform): it then unpacks its own, as always. Nothing
 * here asks sqlite-jdbc which platform this is: its answer reads every mapping of the process, which costs a start as
 * much as the unpacking.
 */
final class SqliteNativeLibrary {

    static final String LIBRARY_PATH = "org.sqlite.lib.path";
    /** Beside the jar; the pom's class-data-sharing-archive step unpacks it. */
    static final String DIRECTORY = "sqlite-native";

    private SqliteNativeLibrary() {}

    /** Before the first connection: sqlite-jdbc reads the property once, when it loads its library. */
    static void useTheCopyBesideTheJar() {
        if (System.getProperty(LIBRARY_PATH) != null) {
            return;
        }
        thisJar().flatMap(jar -> unpackedBeside(jar, SQLiteJDBCLoader.getVersion()))
                .ifPresent(directory -> System.setProperty(LIBRARY_PATH, directory.toString()));
    }

    /**
     * @param jar where the classes come from: a jar file, or a directory of classes (which has no copy beside it)
     * @param version sqlite-jdbc's, so that only a library of the same version is ever loaded
     */
    static Optional<Path> unpackedBeside(Path jar, String version) {
        if (!Files.isRegularFile(jar) || jar.toAbsolutePath().getParent() == null) {
            return Optional.empty();
        }
        Path directory = jar.toAbsolutePath().getParent().resolve(DIRECTORY).resolve(version);
        return Files.isDirectory(directory) ? Optional.of(directory) : Optional.empty();
    }

    private static Optional<Path> thisJar() {
        try {
            CodeSource source = SqliteNativeLibrary.class.getProtectionDomain().getCodeSource();
            return source == null || source.getLocation() == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }
}
