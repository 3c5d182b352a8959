package app.bonusbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.survey.RespondentKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the database option means: a file path is SQLite, a jdbc:postgresql: URL is PostgreSQL with its password from the environment. */
class StoreAddressTest {

    @Test
    void a_file_path_keeps_meaning_sqlite() {
        // GIVEN / WHEN a path is given
        StoreAddress address = StoreAddress.parse("data/bonusbot.db", Map.of(StoreAddress.ENV_PASSWORD, "secret"));

        // THEN it is that SQLite file
        assertEquals(new StoreAddress.SqliteFile(Path.of("data/bonusbot.db")), address);
        assertEquals(Dialect.SQLITE, address.dialect());
    }

    @Test
    void a_postgresql_url_takes_bonusbot_db_password_before_pgpassword() {
        // GIVEN both password variables set
        Map<String, String> environment = Map.of(StoreAddress.ENV_PASSWORD, "first", StoreAddress.ENV_PGPASSWORD, "second");

        // WHEN a PostgreSQL URL is given, with and without BONUSBOT_DB_PASSWORD
        StoreAddress both = StoreAddress.parse("jdbc:postgresql://db:5432/bonusbot", environment);
        StoreAddress pgOnly = StoreAddress.parse("jdbc:postgresql://db:5432/bonusbot", Map.of(StoreAddress.ENV_PGPASSWORD, "second"));
        StoreAddress none = StoreAddress.parse("jdbc:postgresql://db:5432/bonusbot", Map.of());

        // THEN BONUSBOT_DB_PASSWORD wins, PGPASSWORD is the fallback, and without either there is none
        assertEquals(Optional.of("first"), assertInstanceOf(StoreAddress.Postgres.class, both).password());
        assertEquals(Optional.of("second"), ((StoreAddress.Postgres) pgOnly).password());
        assertEquals(Optional.empty(), ((StoreAddress.Postgres) none).password());
        assertEquals(Dialect.POSTGRESQL, both.dialect());
    }

    @Test
    void the_password_never_shows_in_the_stores_name() {
        // GIVEN a URL that carries a password anyway, and one from the environment
        StoreAddress address = StoreAddress.parse("jdbc:postgresql://db/bonusbot?user=bot&password=hunter22&ssl=true",
                Map.of(StoreAddress.ENV_PASSWORD, "from-env-77"));

        // WHEN it is described or printed
        String described = address.describe();
        String printed = address.toString();

        // THEN neither password is in the text
        assertEquals("jdbc:postgresql://db/bonusbot?user=bot&password=***&ssl=true", described);
        assertFalse(printed.contains("hunter22") || printed.contains("from-env-77"), printed);
    }

    @Test
    void another_databases_url_is_refused_with_what_bonusbot_takes() {
        // GIVEN / WHEN a MySQL URL is given
        StoreException e = assertThrows(StoreException.class, () -> StoreAddress.parse("jdbc:mysql://db/bonusbot?password=x", Map.of()));

        // THEN the message names it (without its parameters) and both kinds Bonusbot takes
        assertTrue(e.getMessage().startsWith("The database jdbc:mysql://db/bonusbot is not one Bonusbot can use"), e.getMessage());
        assertFalse(e.getMessage().contains("password=x"), e.getMessage());
    }

    @Test
    void a_postgresql_store_takes_the_survey_key_from_the_environment_only() {
        // GIVEN a PostgreSQL store (no file to keep a key beside)
        // WHEN the key is loaded without and with BONUSBOT_SURVEY_KEY
        StoreException missing = assertThrows(StoreException.class, () -> SurveyKeySource.load(Optional.empty(), Map.of()));
        String key = "a survey key of at least thirty-two characters";

        // THEN without it the message says where it must come from; with it the key is that text
        assertTrue(missing.getMessage().contains("With a PostgreSQL store the survey key comes from BONUSBOT_SURVEY_KEY"), missing.getMessage());
        assertEquals(new RespondentKey(key.getBytes(StandardCharsets.UTF_8)), SurveyKeySource.load(Optional.empty(), Map.of(SurveyKeySource.ENV, key)));
    }
}
