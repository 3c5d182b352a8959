package app.bonusbot;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.RandomAccessFile;
import java.util.List;

/**
 * The dependency rules of the code base, for the packages under one root. The root is a parameter so that
 * {@code ArchitectureRulesTest} can show each rule failing on a small tree that breaks it; {@code ArchitectureTest}
 * holds them against the real tree.
 */
final class ArchitectureRules {

    /** Every chat platform's package, wherever it sits under the root (today {@code slack}, later {@code chat.slack}). */
    static final List<String> PLATFORMS = List.of("slack", "discord", "console");

    private ArchitectureRules() {}

    static ArchRule coreDependsOnNoAdapter(String root) {
        return noClasses().that().resideInAPackage(core(root))
                .should().dependOnClassesThat(resideInAPackage(root + "..").and(not(resideInAPackage(core(root)))))
                .because("the core is the pure part every adapter (chat platforms, store, imports, config, cli, charts,"
                        + " announcements, scheduling, bench, demo) and the wiring builds on, never the other way round");
    }

    static ArchRule coreUsesNoDatabase(String root) {
        return noClasses().that().resideInAPackage(core(root))
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.jdbi..", "org.sqlite..", "org.postgresql..")
                .because("storage is the store's business, behind the core's ports");
    }

    static ArchRule coreUsesNoNetwork(String root) {
        return noClasses().that().resideInAPackage(core(root))
                .should().dependOnClassesThat().resideInAnyPackage("java.net..", "com.sun.net.httpserver..", "okhttp3..")
                .because("HTTP and sockets belong to the chat platforms' transports");
    }

    static ArchRule coreUsesNoFiles(String root) {
        return noClasses().that().resideInAPackage(core(root))
                .should().dependOnClassesThat(resideInAnyPackage("java.nio.file..")
                        .or(belongToAnyOf(File.class, FileInputStream.class, FileOutputStream.class, FileReader.class, FileWriter.class,
                                RandomAccessFile.class)))
                .because("files (config, CSV imports, the database) are read by the adapters, which hand the core values");
    }

    static ArchRule coreUsesNoChatSdkOrDrawing(String root) {
        return noClasses().that().resideInAPackage(core(root))
                .should().dependOnClassesThat().resideInAnyPackage("com.slack..", "net.dv8tion..", "org.jfree..", "java.awt..", "javax.imageio..")
                .because("the core returns neutral replies and chart data; the platforms and the chart package render them");
    }

    /** No chat platform imports another: what they share lives in the core or the shared chat package. */
    static ArchRule platformsDoNotImportEachOther(String root) {
        CompositeArchRule rule = null;
        for (String platform : PLATFORMS) {
            String[] others = PLATFORMS.stream().filter(p -> !p.equals(platform)).map(p -> platform(root, p)).toArray(String[]::new);
            ArchRule one = noClasses().that().resideInAPackage(platform(root, platform))
                    .should().dependOnClassesThat().resideInAnyPackage(others);
            rule = rule == null ? CompositeArchRule.of(one) : rule.and(one);
        }
        return rule.because("a platform keeps only its own transport, identity lookup and rendering");
    }

    /** The shared chat turn serves every platform, so it knows none of them; each platform builds on it. */
    static ArchRule sharedChatTurnKnowsNoPlatform(String root) {
        return noClasses().that().resideInAPackage(root + ".chat")
                .should().dependOnClassesThat().resideInAnyPackage(PLATFORMS.stream().map(p -> platform(root, p)).toArray(String[]::new))
                .because("one chat turn serves every platform; a platform keeps only its transport, identity lookup and rendering");
    }

    /**
     * HubSpot's webhook check sits on a chat platform's HTTP listener and asks the sync for a pass, yet knows neither:
     * the listener hands it the raw request, the composition root a way to ask for a pass.
     */
    static ArchRule hubspotWebhookKnowsNoChatStoreOrSync(String root) {
        return noClasses().that().resideInAPackage(root + ".crm.hubspot.webhook..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".chat..", root + ".store..", root + ".bot..", root + ".cli..",
                        root + ".crm.hubspot", root + ".." + "slack..", root + ".." + "discord..", "com.slack..", "net.dv8tion..", "org.jdbi..")
                .because("a forged or stale request must be refused before anything else runs, and that check is all this package does");
    }

    /** The CRM adapter reads HubSpot into the store through the imports' mapping; it knows no chat, config or wiring. */
    static ArchRule crmAdapterDependsOnCoreStoreAndImportsOnly(String root) {
        return noClasses().that().resideInAPackage(root + ".crm..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".chat..", root + ".config..", root + ".bot..", root + ".cli..",
                        root + ".bench..", root + ".chart..", root + ".demo..")
                .because("the HubSpot sync is an adapter like the imports: it depends on the core, the store and the imports' mapping,"
                        + " and the bot and the CLI wire it");
    }

    /** Only the wiring (bot, cli) uses the CRM sync. */
    static ArchRule onlyTheWiringUsesTheCrmAdapter(String root) {
        return noClasses().that().resideOutsideOfPackages(root + ".crm..", root + ".bot..", root + ".cli..", root + ".bench..", root)
                .should().dependOnClassesThat().resideInAPackage(root + ".crm.hubspot")
                .because("the store, imports and core know nothing of HubSpot's API; a webhook endpoint reaches the sync through the bot;"
                        + " the bench times the sync against its loopback HubSpot");
    }

    /**
     * Besides the wiring, only the HTTP-mode listener uses the webhook check: it hands over a request for
     * {@code /hubspot/webhooks}, and reaches no sync through it.
     */
    static ArchRule onlyTheWiringAndTheHttpListenerUseTheWebhookCheck(String root) {
        return noClasses().that().resideOutsideOfPackages(root + ".crm..", root + ".bot..", root + ".cli..", root + ".chat.slack.transport..", root)
                .should().dependOnClassesThat().resideInAPackage(root + ".crm.hubspot.webhook..")
                .because("the webhook endpoint is part of HTTP mode's listener; nothing else receives HubSpot's requests");
    }

    /** The pay documents render the core's statements and nothing else: no store, chat, config or wiring. */
    static ArchRule paydocsDependOnTheCoreOnly(String root) {
        return noClasses().that().resideInAPackage(root + ".paydocs..")
                .should().dependOnClassesThat(resideInAPackage(root + "..").and(not(resideInAnyPackage(root + ".core..", root + ".paydocs.."))))
                .because("a statement PDF and the payroll export are the same whoever made the statements (the engine now, a closed"
                        + " period's frozen snapshot), so they know only core.payout's values");
    }

    /** Only the wiring (cli, bot) writes pay documents. */
    static ArchRule onlyTheWiringUsesThePaydocs(String root) {
        return noClasses().that().resideOutsideOfPackages(root + ".paydocs..", root + ".cli..", root + ".bot..", root)
                .should().dependOnClassesThat().resideInAPackage(root + ".paydocs..")
                .because("PDFs and CSV files for payroll are written by the CLI verbs statements and payroll-export");
    }

    /** The HTML report renders the core's plan health report and nothing else: no store, chat, config or wiring. */
    static ArchRule reportPageDependsOnTheCoreOnly(String root) {
        return noClasses().that().resideInAPackage(root + ".reporthtml..")
                .should().dependOnClassesThat(resideInAPackage(root + "..").and(not(resideInAnyPackage(root + ".core..", root + ".reporthtml.."))))
                .because("the plan health report's page is the same whoever asks for it (the CLI, a chat platform), so it knows only core.report's values");
    }

    /** The report page is written by the CLI and sent by the chat platforms; nothing else renders it. */
    static ArchRule onlyTheCliAndTheChatPlatformsUseTheReportPage(String root) {
        return noClasses().that().resideOutsideOfPackages(root + ".reporthtml..", root + ".cli..", root + ".bot..", root + ".chat.slack", root + ".chat.discord",
                        root + ".chat.console", root)
                .should().dependOnClassesThat().resideInAPackage(root + ".reporthtml..")
                .because("bonusbot report writes the HTML file and /bonus report sends it; the core and the shared chat turn only carry the model");
    }

    /** The root package holds the entry point only: it may use everything, and nothing uses it, so it closes no cycle. */
    static ArchRule nothingUsesTheEntryPoint(String root) {
        return noClasses().that().resideOutsideOfPackage(root)
                .should().dependOnClassesThat().resideInAPackage(root)
                .because("the composition root lives in bot/, and the root package only starts the command line");
    }

    /** The packages directly under the root (each with its subpackages) depend on each other without a cycle. */
    static ArchRule topLevelPackagesAreFreeOfCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles()
                .as("top-level packages of " + root + " form no dependency cycle");
    }

    /** The core's own packages (people, plan, engine, ...) depend on each other without a cycle. */
    static ArchRule corePackagesAreFreeOfCycles(String root) {
        return slices().matching(root + ".core.(*)..").should().beFreeOfCycles()
                .as("the core's packages form no dependency cycle");
    }

    private static String core(String root) {
        return root + ".core..";
    }

    private static String platform(String root, String name) {
        return root + ".." + name + "..";
    }
}
