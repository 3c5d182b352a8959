package app.bonusbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.architecturefixture.chat.SharedTurnBreaches;
import app.bonusbot.architecturefixture.config.Settings;
import app.bonusbot.architecturefixture.core.CoreBreaches;
import app.bonusbot.architecturefixture.core.people.Member;
import app.bonusbot.architecturefixture.core.plan.Quota;
import app.bonusbot.architecturefixture.crm.hubspot.webhook.WebhookBreaches;
import app.bonusbot.architecturefixture.slack.SlackReply;
import app.bonusbot.architecturefixture.store.Ledger;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each architecture rule fails on a small tree that breaks it, naming the class that does. */
class ArchitectureRulesTest {

    private static final String ROOT = "app.bonusbot.architecturefixture";
    private static final JavaClasses FIXTURE = new ClassFileImporter().importPackages(ROOT);

    @Test
    void a_core_class_using_an_adapter_package_breaks_the_core_rule() {
        // when
        String report = violations(ArchitectureRules.coreDependsOnNoAdapter(ROOT));
        // then the store user is named, and the core's own packages using each other are not
        assertTrue(report.contains(CoreBreaches.UsesTheStore.class.getName()), report);
        assertFalse(report.contains(Member.class.getName()), report);
    }

    @Test
    void a_shared_chat_class_using_a_platform_breaks_the_shared_turn_rule() {
        String report = violations(ArchitectureRules.sharedChatTurnKnowsNoPlatform(ROOT));
        assertTrue(report.contains(SharedTurnBreaches.KnowsSlack.class.getName()), report);
        assertFalse(report.contains(SharedTurnBreaches.UsesTheEntryPoint.class.getName()), report);
    }

    @Test
    void a_class_using_the_entry_point_breaks_the_entry_point_rule() {
        String report = violations(ArchitectureRules.nothingUsesTheEntryPoint(ROOT));
        assertTrue(report.contains(SharedTurnBreaches.UsesTheEntryPoint.class.getName()), report);
        assertFalse(report.contains(SharedTurnBreaches.KnowsSlack.class.getName()), report);
    }

    @Test
    void a_core_class_using_jdbc_breaks_the_database_rule() {
        String report = violations(ArchitectureRules.coreUsesNoDatabase(ROOT));
        assertTrue(report.contains(CoreBreaches.UsesJdbc.class.getName()), report);
    }

    @Test
    void a_core_class_using_an_http_client_breaks_the_network_rule() {
        String report = violations(ArchitectureRules.coreUsesNoNetwork(ROOT));
        assertTrue(report.contains(CoreBreaches.UsesHttp.class.getName()), report);
    }

    @Test
    void a_core_class_using_a_path_or_a_file_breaks_the_files_rule() {
        String report = violations(ArchitectureRules.coreUsesNoFiles(ROOT));
        assertTrue(report.contains(CoreBreaches.ReadsFiles.class.getName()), report);
        assertTrue(report.contains(CoreBreaches.OpensAFile.class.getName()), report);
    }

    @Test
    void a_core_class_using_a_chat_sdk_or_a_chart_library_breaks_the_sdk_rule() {
        String report = violations(ArchitectureRules.coreUsesNoChatSdkOrDrawing(ROOT));
        assertTrue(report.contains(CoreBreaches.UsesJda.class.getName()), report);
        assertTrue(report.contains(CoreBreaches.DrawsAChart.class.getName()), report);
    }

    @Test
    void a_platform_class_using_another_platform_breaks_the_platform_rule() {
        // given Slack borrows Discord's reply; Discord and the console keep to themselves
        // when
        EvaluationResult result = ArchitectureRules.platformsDoNotImportEachOther(ROOT).evaluate(FIXTURE);
        // then every violation is one of Slack's class's uses of Discord
        assertTrue(result.hasViolation());
        List<String> details = result.getFailureReport().getDetails();
        assertEquals(List.of(), details.stream().filter(d -> !d.contains("<" + SlackReply.class.getName())).toList());
    }

    @Test
    void a_webhook_class_using_the_store_or_a_chat_platform_breaks_the_webhook_rule() {
        String report = violations(ArchitectureRules.hubspotWebhookKnowsNoChatStoreOrSync(ROOT));
        assertTrue(report.contains(WebhookBreaches.WritesTheStore.class.getName()), report);
        assertTrue(report.contains(WebhookBreaches.KnowsSlack.class.getName()), report);
        assertFalse(report.contains(WebhookBreaches.ChecksASignature.class.getName()), report);
    }

    @Test
    void two_top_level_packages_using_each_other_break_the_cycle_rule() {
        String report = violations(ArchitectureRules.topLevelPackagesAreFreeOfCycles(ROOT));
        assertTrue(report.contains(Ledger.class.getName()) && report.contains(Settings.class.getName()), report);
    }

    @Test
    void two_core_packages_using_each_other_break_the_core_cycle_rule() {
        String report = violations(ArchitectureRules.corePackagesAreFreeOfCycles(ROOT));
        assertTrue(report.contains(Member.class.getName()) && report.contains(Quota.class.getName()), report);
    }

    private static String violations(ArchRule rule) {
        // when the rule is checked against the tree that breaks it
        EvaluationResult result = rule.evaluate(FIXTURE);
        // then it fails
        assertTrue(result.hasViolation(), rule.getDescription() + " found nothing in " + ROOT);
        return result.getFailureReport().toString();
    }
}
