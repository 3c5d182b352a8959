package app.bonusbot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every production package says in its package-info.java what it is and what it may depend on. */
class PackageInfoTest {

    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void every_package_has_a_package_info_with_a_paragraph() throws IOException {
        // GIVEN every folder of production code that holds a class
        List<Path> packages;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            packages = files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"))
                    .map(Path::getParent).distinct().sorted().toList();
        }
        // WHEN its package-info.java is looked for
        List<Path> without = packages.stream().filter(p -> !describes(p.resolve("package-info.java"))).toList();
        // THEN each has one that opens with a Javadoc paragraph
        assertEquals(List.of(), without, "packages without a package-info.java saying what they are");
    }

    private static boolean describes(Path packageInfo) {
        try {
            return Files.exists(packageInfo) && Files.readString(packageInfo).strip().startsWith("/**");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
