package app.bonusbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.survey.RespondentKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurveyKeySourceTest {

    @TempDir
    Path dir;

    @Test
    void without_the_environment_variable_a_key_file_is_made_next_to_the_database_readable_by_its_owner_only() throws IOException {
        // given
        Path db = dir.resolve("data").resolve("bonusbot.db");
        // when
        RespondentKey first = SurveyKeySource.load(db, Map.of());
        RespondentKey second = SurveyKeySource.load(db, Map.of());
        // then
        Path file = dir.resolve("data").resolve("survey.key");
        assertTrue(Files.isRegularFile(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(44, Files.readString(file).strip().length());
        assertEquals(first, second);
        assertEquals(first.respondent("anna", 1), second.respondent("anna", 1));
    }

    @Test
    void the_environment_variable_wins_over_the_key_file_and_gives_the_same_key_as_the_same_text_in_the_file() throws IOException {
        // given a key file
        Path db = dir.resolve("bonusbot.db");
        RespondentKey fromFile = SurveyKeySource.load(db, Map.of());
        String fileText = Files.readString(SurveyKeySource.keyFile(db));
        // when
        RespondentKey other = SurveyKeySource.load(db, Map.of(SurveyKeySource.ENV, "another secret of at least thirty-two characters"));
        RespondentKey moved = SurveyKeySource.load(db, Map.of(SurveyKeySource.ENV, fileText));
        // then
        assertNotEquals(fromFile.respondent("anna", 1), other.respondent("anna", 1));
        assertEquals(fromFile.respondent("anna", 1), moved.respondent("anna", 1));
    }

    @Test
    void a_short_key_is_refused_with_how_to_make_a_good_one() throws IOException {
        // given
        Path db = dir.resolve("bonusbot.db");
        Files.writeString(SurveyKeySource.keyFile(db), "too short", StandardCharsets.UTF_8);
        // when
        StoreException fromEnvironment = assertThrows(StoreException.class, () -> SurveyKeySource.load(db, Map.of(SurveyKeySource.ENV, "secret")));
        StoreException fromFile = assertThrows(StoreException.class, () -> SurveyKeySource.load(db, Map.of()));
        // then
        assertTrue(fromEnvironment.getMessage().contains("The survey key in BONUSBOT_SURVEY_KEY is too short"), fromEnvironment.getMessage());
        assertTrue(fromEnvironment.getMessage().contains("openssl rand -base64 32"), fromEnvironment.getMessage());
        assertTrue(fromFile.getMessage().contains("survey.key is too short"), fromFile.getMessage());
    }

    @Test
    void the_key_never_shows_in_its_text_form() {
        // given
        RespondentKey key = SurveyKeySource.load(dir.resolve("bonusbot.db"), Map.of(SurveyKeySource.ENV, "a secret that must never be logged anywhere"));
        // then
        assertEquals("RespondentKey[43 bytes]", key.toString());
    }
}
