package app.bonusbot.bench;

import app.bonusbot.store.StoreAddress;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Start-up to the first answer: a new JVM starts the bot as the README does, without a verb and without chat tokens,
 * so the console chat, on the demo configuration and a new database of the bench's store (a SQLite file, or a
 * PostgreSQL schema of its own; created by an unmeasured first start) with
 * {@code /bonus status} typed in; timed from starting the process to the status
 * heading on its output. Its floor: a JVM with the same class path printing hello.
 *
 * <p>The bot's JVM gets the options of the README's start commands: the heap they set and, when the bench runs from a
 * jar with the class-data sharing archive {@code mvn package} writes beside it ({@code target/bonusbot.jsa}), that
 * archive, with the JVM's notes about an unusable archive kept off the console as the README keeps them off.
 */
final class StartupTimer {

    /** Started in a new JVM by name, as the jar's manifest does: a process boundary, not a dependency on the entry point. */
    private static final String MAIN_CLASS = "app.bonusbot.Main";


    /** An archive that does not fit the jar (rebuilt since, another JVM) is ignored; the JVM would say so on standard output. */
    static final String QUIET_SHARING = "-Xlog:cds=off,cds+dynamic=off";

    private static final long GIVE_UP_SECONDS = 120;
    /** The status heading ("Bonus status · Anna Holm", "Bonusstatus · ...") in either language. */
    private static final String STATUS_HEADING = "status · ";

    private final String java;
    private final String classPath;
    private final Optional<Path> archive;
    private final Map<String, String> environment;

    private StartupTimer(String java, String classPath, Optional<Path> archive, Map<String, String> environment) {
        this.java = java;
        this.classPath = classPath;
        this.archive = archive;
        this.environment = environment;
    }

    /** This JVM's java binary and class path: the jar the bench runs from, or the build's classes. */
    static StartupTimer ofThisJvm() {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // The child chats in the console: tokens in this environment would start Slack or Discord instead.
        Map<String, String> env = new java.util.HashMap<>(System.getenv());
        env.keySet().removeIf(k -> k.startsWith("SLACK_") || k.startsWith("DISCORD_"));
        String classPath = System.getProperty("java.class.path");
        return new StartupTimer(java, classPath, sharedArchiveBeside(classPath), env);
    }

    /**
     * The archive {@code mvn package} writes beside the jar ({@code bonusbot.jar}: {@code bonusbot.jsa}), when the class
     * path is that one jar and the archive is there; a class path of directories (tests, an IDE) has none.
     */
    static Optional<Path> sharedArchiveBeside(String classPath) {
        if (classPath.isEmpty() || classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return Optional.empty();
        }
        Path jar = Path.of(classPath).toAbsolutePath();
        Path archive = jar.resolveSibling(jar.getFileName().toString().replaceFirst("\\.jar$", ".jsa"));
        return Files.isRegularFile(archive) ? Optional.of(archive) : Optional.empty();
    }

    /** The JVM options the bot is started with here: those of the README's start commands. */
    static List<String> botOptions(Optional<Path> archive) {
        List<String> options = new ArrayList<>(List.of(ProcessMemory.README_HEAP));
        archive.ifPresent(a -> options.addAll(List.of("-XX:SharedArchiveFile=" + a, QUIET_SHARING)));
        return options;
    }

    /** @return the median start-up to the first answer and to hello, in nanoseconds */
    BenchResult.StartupFigure run(Path configDir, StoreAddress store, LocalDate today, int runs, Consumer<String> progress) throws IOException {
        List<String> chat = new ArrayList<>(List.of(java));
        chat.addAll(botOptions(archive));
        String db = store instanceof StoreAddress.SqliteFile sqlite ? sqlite.file().toAbsolutePath().toString() : ((StoreAddress.Postgres) store).url();
        if (store instanceof StoreAddress.Postgres postgres) {
            // As an operator starts it: the password in the environment, never on the command line.
            postgres.password().ifPresent(p -> environment.put(StoreAddress.ENV_PASSWORD, p));
        }
        chat.addAll(List.of("-cp", classPath, MAIN_CLASS, "--config", configDir.toAbsolutePath().toString(), "--db", db, "--today", today.toString()));
        List<String> hello = List.of(java, "-cp", classPath, HelloWorld.class.getName());
        progress.accept("bench: start-up, a first start creating the demo database, then " + runs + " measured, with " + String.join(" ", botOptions(archive))
                + (archive.isPresent() ? "" : " (no class-data sharing archive beside the jar: run the bench from the jar mvn package built)"));
        time(chat, STATUS_HEADING);
        long[] answer = new long[runs];
        long[] helloed = new long[runs];
        for (int i = 0; i < runs; i++) {
            answer[i] = time(chat, STATUS_HEADING);
            helloed[i] = time(hello, HelloWorld.LINE);
        }
        return new BenchResult.StartupFigure(runs, median(answer), median(helloed), archive.isPresent());
    }

    /** Nanoseconds from starting the process to a line of its output containing {@code expected}. */
    private long time(List<String> command, String expected) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process = builder.start();
        CompletableFuture<Long> seen = CompletableFuture.supplyAsync(() -> waitFor(process, expected));
        try (OutputStream in = process.getOutputStream()) {
            in.write("/bonus status\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
            long at = seen.get(GIVE_UP_SECONDS, TimeUnit.SECONDS);
            in.write("/quit\n".getBytes(StandardCharsets.UTF_8));
            return at - start;
        } catch (IOException e) {
            // The process may have exited already (hello does): its answer still counts.
            return waitedFor(seen) - start;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("no line with \"" + expected + "\" from " + String.join(" ", command.subList(command.indexOf("-cp") + 2, command.size()))
                    + " within " + GIVE_UP_SECONDS + " s: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while timing a start-up", e);
        } finally {
            process.destroy();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static long waitedFor(CompletableFuture<Long> seen) {
        try {
            return seen.get(GIVE_UP_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the started process gave no answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while timing a start-up", e);
        }
    }

    private static long waitFor(Process process, String expected) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.toLowerCase(Locale.ROOT).contains(expected.toLowerCase(Locale.ROOT))) {
                    return System.nanoTime();
                }
                lines.add(line);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the started process's output: " + e.getMessage(), e);
        }
        throw new IllegalStateException("it ended without it; its output was:\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 20),
                lines.size())));
    }

    private static long median(long[] values) {
        long[] sorted = Arrays.copyOf(values, values.length);
        Arrays.sort(sorted);
        return sorted[(sorted.length - 1) / 2];
    }
}
