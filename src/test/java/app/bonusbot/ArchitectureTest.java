package app.bonusbot;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The production code keeps the dependency rules of {@link ArchitectureRules}. */
@AnalyzeClasses(packages = "app.bonusbot", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "app.bonusbot";

    @ArchTest
    static final ArchRule the_core_depends_on_no_adapter_package = ArchitectureRules.coreDependsOnNoAdapter(ROOT);

    @ArchTest
    static final ArchRule the_core_uses_no_database = ArchitectureRules.coreUsesNoDatabase(ROOT);

    @ArchTest
    static final ArchRule the_core_uses_no_http_or_network = ArchitectureRules.coreUsesNoNetwork(ROOT);

    @ArchTest
    static final ArchRule the_core_reads_and_writes_no_files = ArchitectureRules.coreUsesNoFiles(ROOT);

    @ArchTest
    static final ArchRule the_core_uses_no_chat_sdk_and_draws_nothing = ArchitectureRules.coreUsesNoChatSdkOrDrawing(ROOT);

    @ArchTest
    static final ArchRule no_chat_platform_imports_another = ArchitectureRules.platformsDoNotImportEachOther(ROOT);

    @ArchTest
    static final ArchRule the_shared_chat_turn_knows_no_platform = ArchitectureRules.sharedChatTurnKnowsNoPlatform(ROOT);

    @ArchTest
    static final ArchRule the_hubspot_webhook_check_knows_no_chat_store_or_sync = ArchitectureRules.hubspotWebhookKnowsNoChatStoreOrSync(ROOT);

    @ArchTest
    static final ArchRule the_crm_adapter_depends_on_core_store_and_imports_only = ArchitectureRules.crmAdapterDependsOnCoreStoreAndImportsOnly(ROOT);

    @ArchTest
    static final ArchRule only_the_wiring_uses_the_crm_adapter = ArchitectureRules.onlyTheWiringUsesTheCrmAdapter(ROOT);

    @ArchTest
    static final ArchRule only_the_wiring_and_the_http_listener_use_the_webhook_check =
            ArchitectureRules.onlyTheWiringAndTheHttpListenerUseTheWebhookCheck(ROOT);

    @ArchTest
    static final ArchRule the_pay_documents_depend_on_the_core_only = ArchitectureRules.paydocsDependOnTheCoreOnly(ROOT);

    @ArchTest
    static final ArchRule only_the_wiring_uses_the_pay_documents = ArchitectureRules.onlyTheWiringUsesThePaydocs(ROOT);

    @ArchTest
    static final ArchRule the_report_page_depends_on_the_core_only = ArchitectureRules.reportPageDependsOnTheCoreOnly(ROOT);

    @ArchTest
    static final ArchRule only_the_cli_and_the_chat_platforms_use_the_report_page = ArchitectureRules.onlyTheCliAndTheChatPlatformsUseTheReportPage(ROOT);

    @ArchTest
    static final ArchRule nothing_uses_the_entry_point = ArchitectureRules.nothingUsesTheEntryPoint(ROOT);

    @ArchTest
    static final ArchRule top_level_packages_form_no_cycle = ArchitectureRules.topLevelPackagesAreFreeOfCycles(ROOT);

    @ArchTest
    static final ArchRule the_core_packages_form_no_cycle = ArchitectureRules.corePackagesAreFreeOfCycles(ROOT);
}
