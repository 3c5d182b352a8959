package app.bonusbot.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A start loads SQLite's native library from the copy mvn package unpacked beside the jar, of the same version only. */
class SqliteNativeLibraryTest {

    @TempDir
    Path target;

    @Test
    void the_library_unpacked_beside_the_jar_for_this_version_and_platform_is_the_one_loaded() throws Exception {
        // given the jar and the libraries unpacked beside it, as mvn package leaves them
        Path jar = Files.createFile(target.resolve("bonusbot.jar"));
        Path unpacked = Files.createDirectories(target.resolve("sqlite-native/3.54.1.0"));
        Files.createFile(unpacked.resolve("libsqlitejdbc.so"));

        // when / then
        assertEquals(Optional.of(unpacked), SqliteNativeLibrary.unpackedBeside(jar, "3.54.1.0"));
    }

    @Test
    void another_version_or_classes_outside_a_jar_leave_sqlite_jdbc_its_own_way() throws Exception {
        // given the library of one version beside a jar, and a directory of classes
        Path jar = Files.createFile(target.resolve("bonusbot.jar"));
        Files.createDirectories(target.resolve("sqlite-native/3.54.1.0"));
        Path classes = Files.createDirectories(target.resolve("classes"));

        // when / then
        assertEquals(Optional.empty(), SqliteNativeLibrary.unpackedBeside(jar, "3.55.0.0"));
        assertEquals(Optional.empty(), SqliteNativeLibrary.unpackedBeside(classes, "3.54.1.0"));
    }
}
