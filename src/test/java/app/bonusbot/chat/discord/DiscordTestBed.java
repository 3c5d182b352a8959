package app.bonusbot.chat.discord;

import app.bonusbot.DemoCompany;


import app.bonusbot.bot.Application;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.people.Person;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The demo company on the real wiring, offline: a copy of bot-config/ without demo deals, the HubSpot example export
 * imported into a SQLite file, and a fixed clock at noon on 27 November 2026, as the Slack tests have it.
 */
final class DiscordTestBed implements AutoCloseable {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    /** Discord users of the demo people, as in bot-config/people.yaml. */
    static final String ANNA = "700000000000000201";
    static final String METTE = "700000000000000101";
    static final String KARIN = "700000000000000104";
    /** Nobody in Bonusbot. */
    static final String GHOST = "700000000000000999";

    final Application application;

    private DiscordTestBed(Application application) {
        this.application = application;
    }

    static DiscordTestBed open(Path dir) {
        return open(dir, config -> { });
    }

    /** @param editConfig changes the copy of bot-config/ before the application opens it */
    static DiscordTestBed open(Path dir, java.util.function.Consumer<Path> editConfig) {
        Path config = DemoCompany.configCopy(dir);
        editConfig.accept(config);
        return new DiscordTestBed(DemoCompany.open(config, dir, TODAY));
    }

    /** What Bonusbot answers a person, rendered for Discord in their language. */
    DiscordMessage rendered(String personId, String text) {
        return new EmbedRenderer().message(application.commands().handle(personId, text), texts(personId));
    }

    Texts texts(String personId) {
        Language language = application.company().directory().person(personId).map(Person::language).orElse(null);
        return Texts.of(language == null ? application.company().settings().language() : language);
    }

    DiscordPeople people() {
        return new DiscordPeople(() -> application.company().directory());
    }

    @Override
    public void close() {
        application.close();
    }
}
