package app.bonusbot.core.command;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.chat.console.TextRenderer;
import app.bonusbot.chat.discord.EmbedRenderer;
import app.bonusbot.chat.slack.BlockKitRenderer;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.deal.ForeignAmount;
import app.bonusbot.core.deal.Outcome;
import app.bonusbot.core.engine.DealList;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.reply.Reply;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.junit.jupiter.api.Test;

/** /bonus explain shows a deal in another currency with both amounts and the rate, in every language and on every platform. */
class ConvertedDealExplanationTest {

    /** 1,000.05 EUR at 7.46 = 7,460.373, counted as DKK 7,460.37. */
    private static Deal inEuro(String owner) {
        return new Deal("e1", "Fjord GmbH", new BigDecimal("7460.37"), LocalDate.of(2026, 11, 10), "WON", Outcome.WON, owner, "new", null, null,
                new ForeignAmount(new BigDecimal("1000.05"), Currency.getInstance("EUR"), new BigDecimal("7.46")));
    }

    private static Reply explain(String personId) {
        Company company = SampleCompany.company();
        List<Deal> deals = new ArrayList<>(SampleCompany.deals().deals());
        deals.add(inEuro(personId));
        return new CommandHandler(() -> company, new DealList(deals), SampleCompany.CLOCK).handle(personId, "explain new-business");
    }

    @Test
    void an_english_explain_shows_the_euro_amount_the_rate_and_the_kroner_on_console_slack_and_discord() {
        // given Anna (English) won a deal of EUR 1,000.05, converted at 7.46
        // when
        Reply reply = explain("anna");
        // then every renderer shows both amounts and the rate
        String line = "Fjord GmbH · new · € 1,000.05 at 1 EUR = 7.46 DKK, rounded to the cent";
        String console = new TextRenderer().render(reply);
        assertTrue(console.contains(line) && console.contains("DKK 7,460.37"), console);
        String slack = new BlockKitRenderer().message(reply, Texts.of(Language.EN)).blocks().toString();
        assertTrue(slack.contains(line) && slack.contains("DKK 7,460.37"), slack);
        String discord = new EmbedRenderer().message(reply, Texts.of(Language.EN)).embeds().stream().map(MessageEmbed::getDescription).toList().toString();
        assertTrue(discord.contains(line) && discord.contains("DKK 7,460.37"), discord);
    }

    @Test
    void a_danish_explain_says_it_in_danish_numbers_and_words() {
        // given Bo (Danish) won the same deal
        // when
        String console = new TextRenderer().render(explain("bo"));
        // then
        assertTrue(console.contains("Fjord GmbH · new · 1.000,05 € til kurs 1 EUR = 7,46 DKK, afrundet til øre"), console);
        assertTrue(console.contains("7.460,37 kr."), console);
    }
}
