package app.bonusbot.cli;

import app.bonusbot.bot.Application;
import app.bonusbot.bot.BotProcess;
import app.bonusbot.bot.Scheduler;
import app.bonusbot.chat.console.ConsoleChat;
import app.bonusbot.chat.console.ConsoleDisputeNotices;
import app.bonusbot.chat.console.ConsoleInbox;
import app.bonusbot.chat.console.ConsolePostDelivery;
import app.bonusbot.chat.console.ConsoleSurveyDelivery;
import app.bonusbot.crm.hubspot.BackgroundSync;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.people.Person;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "chat", mixinStandardHelpOptions = true,
        description = "The chat in this terminal: type /bonus status as a seller would in Slack.")
final class ChatCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @ParentCommand
    BonusbotCommand root;

    @Option(names = "--person", paramLabel = "ID", description = "Chat as this person (default: the demo seller, the person on the most plans).")
    String person;

    @Override
    public Integer call() throws IOException {
        try (Application app = store.open()) {
            return chat(app, chatter(app, person, store), store, root == null ? Map.of() : root.environment());
        }
    }

    /** Who the console chat is for: the person asked for, else the demo seller; until then the run speaks the company's language. */
    static Person chatter(Application app, String personId, StoreOptions store) {
        Texts company = RunLanguage.company(app);
        return personId == null
                ? app.defaultChatPerson().orElseThrow(() -> new UserError(company, "cli.error.nobody_on_a_plan", store.config))
                : app.company().directory().person(personId)
                        .orElseThrow(() -> UserError.noSuchPerson(personId, store.config, app.company().directory(), company));
    }

    /** Shared with the default command, which opens the console chat when no chat platform is configured. */
    static int chat(Application app, Person who, StoreOptions store, Map<String, String> environment) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        // The console stands in for the chat platform: scheduled team posts and surveys are made here, shown between answers.
        ConsoleInbox inbox = new ConsoleInbox();
        ConsolePostDelivery posts = new ConsolePostDelivery(store.chartDirectory(), inbox::add, RunLanguage.of(app, who));
        BotProcess process = new BotProcess(app);
        process.deliverDisputeNotices(List.of(new ConsoleDisputeNotices(who.id(), inbox::add)));
        Optional<BackgroundSync> sync = process.syncFromHubSpot(environment, System.err::println);
        try (Scheduler scheduler = process.scheduler(posts, new ConsoleSurveyDelivery(who.id(), inbox::add))) {
            scheduler.start();
            new ConsoleChat(process.commands(), inbox, store.chartDirectory()).run(who.id(), who.name(), in, out);
        } finally {
            sync.ifPresent(BackgroundSync::close);
        }
        return ExitCodes.OK;
    }
}
