package app.bonusbot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench starts the bot as the README does, with the class-data sharing archive mvn package writes beside the jar. */
class StartupTimerTest {

    @TempDir
    Path dir;

    @Test
    void a_bench_run_from_the_jar_starts_the_bot_with_the_archive_beside_it_and_the_readme_heap() throws Exception {
        // given the jar and its archive, as mvn package leaves them in target/
        Path jar = Files.createFile(dir.resolve("bonusbot.jar"));
        Path archive = Files.createFile(dir.resolve("bonusbot.jsa"));

        // when
        Optional<Path> found = StartupTimer.sharedArchiveBeside(jar.toString());

        // then
        assertEquals(Optional.of(archive.toAbsolutePath()), found);
        assertEquals(List.of("-Xmx256m", "-XX:SharedArchiveFile=" + archive.toAbsolutePath(), "-Xlog:cds=off,cds+dynamic=off"),
                StartupTimer.botOptions(found));
    }

    @Test
    void without_an_archive_beside_the_jar_or_from_class_directories_the_bot_starts_without_one() throws Exception {
        // given a jar without an archive, and the class directories of a test run
        Path jar = Files.createFile(dir.resolve("bonusbot.jar"));
        String classDirectories = dir.resolve("classes") + File.pathSeparator + dir.resolve("test-classes");

        // when / then
        assertEquals(Optional.empty(), StartupTimer.sharedArchiveBeside(jar.toString()));
        assertEquals(Optional.empty(), StartupTimer.sharedArchiveBeside(classDirectories));
        assertEquals(List.of("-Xmx256m"), StartupTimer.botOptions(Optional.empty()));
    }

    @Test
    void the_readme_starts_the_bot_with_the_options_the_bench_measures() throws Exception {
        // given the README's start commands: the first one, and those of Slack and Discord
        List<String> starts = Files.readAllLines(Path.of("README.md")).stream()
                .filter(line -> line.startsWith("java ") || line.contains("&& java "))
                .filter(line -> line.matches(".*-jar target/bonusbot\\.jar( --http \\d+)?$"))
                .toList();
        String readmeOptions = String.join(" ", StartupTimer.botOptions(Optional.of(Path.of("target/bonusbot.jsa"))));

        // then there are some, and each has the bench's options
        assertTrue(starts.size() >= 4, starts.toString());
        starts.forEach(line -> assertTrue(line.contains("java " + readmeOptions + " -jar target/bonusbot.jar"), line));
    }
}
