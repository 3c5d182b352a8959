package app.bonusbot.store;

import app.bonusbot.core.survey.RespondentKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the survey respondent key comes from: the environment variable {@value #ENV}, else a key file next to the
 * database ({@value #FILE_NAME}), generated with owner-only permissions on first use. Never the database itself: whoever
 * has a copy of the database alone cannot tell whose answers are whose.
 *
 * <p>The key is the UTF-8 bytes of the variable's value or of the file's text, so a key file's content can be moved
 * into the variable unchanged. Losing the key while a round is open lets people answer that round a second time and
 * reminds everyone; finished rounds are unaffected.
 */
public final class SurveyKeySource {

    public static final String ENV = "BONUSBOT_SURVEY_KEY";
    public static final String FILE_NAME = "survey.key";

    private static final Logger log = LoggerFactory.getLogger(SurveyKeySource.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private SurveyKeySource() {}

    /** The key file for a database: {@code data/bonusbot.db} has {@code data/survey.key}. */
    public static Path keyFile(Path dbFile) {
        return dbFile.toAbsolutePath().normalize().resolveSibling(FILE_NAME);
    }

    /**
     * @param dbFile the SQLite file; empty for a PostgreSQL store, whose replicas share no directory: the key then
     *     comes from the environment only, the same in every replica
     */
    public static RespondentKey load(Optional<Path> dbFile, Map<String, String> environment) {
        if (dbFile.isPresent()) {
            return load(dbFile.get(), environment);
        }
        String fromEnvironment = environment.get(ENV);
        if (fromEnvironment == null || fromEnvironment.isBlank()) {
            throw new StoreException("With a PostgreSQL store the survey key comes from " + ENV + " (the same in every bot process) and it is not set."
                    + " Generate one with: openssl rand -base64 32");
        }
        return key(fromEnvironment.strip(), ENV);
    }

    public static RespondentKey load(Path dbFile, Map<String, String> environment) {
        String fromEnvironment = environment.get(ENV);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return key(fromEnvironment.strip(), ENV);
        }
        Path file = keyFile(dbFile);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            warnIfReadableByOthers(file);
            return key(Files.readString(file, StandardCharsets.UTF_8).strip(), file.toString());
        } catch (IOException e) {
            throw new StoreException("Cannot read or create the survey key file " + file + " (" + e.getMessage() + "). Set " + ENV
                    + " instead, or fix the directory's permissions.", e);
        }
    }

    private static RespondentKey key(String text, String source) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < RespondentKey.MIN_BYTES) {
            throw new StoreException("The survey key in " + source + " is too short: it needs at least " + RespondentKey.MIN_BYTES
                    + " characters. Generate one with: openssl rand -base64 32");
        }
        return new RespondentKey(bytes);
    }

    /**
     * Writes the new key to a private temporary file and links it into place, so that two processes starting at once
     * end up with the same key: the second link fails and that process reads the first one's file.
     */
    private static void create(Path file) throws IOException {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String text = Base64.getEncoder().encodeToString(random) + "\n";
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(FILE_NAME + "." + Long.toHexString(new SecureRandom().nextLong()) + ".tmp");
        if (Files.getFileStore(file.getParent()).supportsFileAttributeView("posix")) {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(temporary);
            temporary.toFile().setReadable(false, false);
            temporary.toFile().setReadable(true, true);
        }
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.createLink(file, temporary);
            } catch (FileAlreadyExistsException e) {
                return;
            } catch (UnsupportedOperationException | FileSystemException e) {
                if (!Files.exists(file)) {
                    Files.move(temporary, file);
                }
            }
            log.info("Created the survey key file {} (owner-only). Back it up with the database, never inside it.", file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void warnIfReadableByOthers(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ)) {
                log.warn("The survey key file {} can be read by others than its owner; run: chmod 600 {}", file, file);
            }
        }
    }
}
