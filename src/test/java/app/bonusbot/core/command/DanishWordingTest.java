package app.bonusbot.core.command;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.chat.console.TextRenderer;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.company.DisplayNames;
import app.bonusbot.core.company.Settings;
import app.bonusbot.core.deal.Outcome;
import app.bonusbot.core.engine.DealList;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.plan.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Answers as a Danish seller reads them: counted nouns agree with their number, deal types have Danish names. */
class DanishWordingTest {

    private static final DisplayNames NAMES = new DisplayNames(Map.of(
            "new", new LocalizedText(Map.of(Language.EN, "New business", Language.DA, "Nysalg")),
            "upsell", new LocalizedText(Map.of(Language.EN, "Upsell", Language.DA, "Mersalg"))), Map.of());

    private final TextRenderer renderer = new TextRenderer();

    /** The sample company, with names for deal types when {@code names} is given, and Bo's deals plus {@code extra}. */
    private String ask(DisplayNames names, String personId, String command, app.bonusbot.core.deal.Deal... extra) {
        Company sample = SampleCompany.company();
        Settings s = sample.settings();
        Company company = new Company(new Settings(s.companyName(), s.zone(), s.currency(), s.language(), s.adminIds(), names),
                sample.directory(), sample.plans(), sample.targets());
        List<app.bonusbot.core.deal.Deal> deals = new ArrayList<>(SampleCompany.deals().deals());
        deals.addAll(List.of(extra));
        return renderer.render(new CommandHandler(() -> company, new DealList(deals), SampleCompany.CLOCK).handle(personId, command));
    }

    @Test
    void one_won_deal_is_one_vundet_aftale() {
        // given Bo (Danish) has won one deal in Q4: Eon platform
        // when
        String answer = ask(DisplayNames.NONE, "bo", "explain new-business");
        // then
        assertTrue(answer.contains("Sum af 1 vundet aftale lukket"), answer);
        assertFalse(answer.contains("1 vundne aftaler"), answer);
    }

    @Test
    void two_won_deals_are_two_vundne_aftaler() {
        // given Bo wins a second deal in Q4
        app.bonusbot.core.deal.Deal second = SampleCompany.deal("d7", "Fjord upsell", "50000", "2026-11-02", Outcome.WON, "bo", "upsell");
        // when
        String answer = ask(DisplayNames.NONE, "bo", "explain new-business", second);
        // then
        assertTrue(answer.contains("Sum af 2 vundne aftaler lukket"), answer);
    }

    @Test
    void english_counts_agree_with_their_number_too() {
        // given Anna (English) has two won deals of new business in Q4, and Bo one
        // when
        String two = ask(DisplayNames.NONE, "anna", "explain new-business");
        String one = ask(DisplayNames.NONE, "bo", "status").replace("Udbetaling", "");
        // then
        assertTrue(two.contains("Sum of 2 won deals closed"), two);
        assertTrue(ask(DisplayNames.NONE, "anna", "explain team-pool").contains("/ 2 members employed on"), "the team pool is split between 2");
        assertFalse(one.contains("1 medlemmer") || one.contains("1 aftaler"), one);
    }

    @Test
    void a_danish_whatif_names_the_deal_type_in_danish() {
        // when
        String answer = ask(NAMES, "bo", "whatif 100000");
        // then
        assertTrue(answer.contains("(Nysalg) i dag"), answer);
        assertFalse(answer.contains("(new)"), answer);
    }

    @Test
    void explain_shows_deal_types_by_their_danish_names() {
        // given Bo wins an upsell too; the plan counts new and upsell
        app.bonusbot.core.deal.Deal upsell = SampleCompany.deal("d7", "Fjord upsell", "50000", "2026-11-02", Outcome.WON, "bo", "upsell");
        // when
        String answer = ask(NAMES, "bo", "explain new-business", upsell);
        // then
        assertTrue(answer.contains("(aftaletyper: Nysalg, Mersalg)"), answer);
        assertTrue(answer.contains("Eon platform · Nysalg"), answer);
        assertTrue(answer.contains("Fjord upsell · Mersalg"), answer);
        assertFalse(answer.contains("· new") || answer.contains("· upsell") || answer.contains("new, upsell"), answer);
    }

    @Test
    void without_names_a_deal_type_is_shown_as_written_not_in_brackets() {
        // when
        String answer = ask(DisplayNames.NONE, "bo", "whatif 100000 renewal");
        // then
        assertTrue(answer.contains("Hvis du lukker 100.000,00 kr. (renewal) i dag"), answer);
    }

    @Test
    void danish_help_is_danish_down_to_its_placeholders() {
        // when
        String help = ask(NAMES, "bo", "help");
        // then
        assertTrue(help.contains("/bonus status [periode]"), help);
        assertTrue(help.contains("/bonus explain [ordning] [periode]"), help);
        assertTrue(help.contains("/bonus whatif <beløb> [aftaletype]"), help);
        assertTrue(help.contains("/bonus feedback [spørgsmål svar]"), help);
        assertTrue(help.contains("/bonus survey results [undersøgelse]"), help);
        assertTrue(help.contains("/bonus admin status <person> [periode]"), help);
        for (String english : List.of("[period]", "<amount>", "[deal type]", "[plan]", "[question answer]", "[survey]")) {
            assertFalse(help.contains(english), english + " in " + help);
        }
    }

    @Test
    void english_help_keeps_english_placeholders() {
        // when
        String help = ask(NAMES, "anna", "help");
        // then
        assertTrue(help.contains("/bonus whatif <amount> [deal type]"), help);
        assertFalse(help.contains("<beløb>"), help);
    }

    @Test
    void a_deal_type_typed_by_the_name_the_answers_show_counts_as_that_deal_type() {
        // given Bo reads "Mersalg" in his answers, and types it back
        // when
        String byName = ask(NAMES, "bo", "whatif 100000 Mersalg");
        String byWord = ask(NAMES, "bo", "whatif 100000 upsell");
        String inCapitals = ask(NAMES, "bo", "whatif 100000 UPSELL");
        // then: the same answer as typing upsell, named Mersalg, not a deal type nobody's plan counts
        assertTrue(byName.contains("(Mersalg) i dag"), byName);
        assertTrue(byName.equals(byWord), byName + "\n---\n" + byWord);
        assertTrue(inCapitals.equals(byWord), inCapitals);
    }
}
