package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@link BothPlatformsTest} compares: the text people read, with each platform's markup and escaping undone. */
class VisibleTextTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void slack_reads_without_bold_code_and_entities_header_fields_and_context_in_order() {
        // given a Block Kit message as BlockKitRenderer writes one
        JsonNode message = json("{'blocks':[{'type':'header','text':{'type':'plain_text','text':'R&amp;D · Anna'}},"
                + "{'type':'section','text':{'type':'mrkdwn','text':'*Plan &lt;A&gt;*\\n`▰▰▱`  40 %\\n\\u2003\\u2003deal — *DKK 5.00*'},"
                + "'fields':[{'type':'mrkdwn','text':'*Payout*\\nDKK 1,000.00'}]},{'type':'divider'},"
                + "{'type':'context','elements':[{'type':'mrkdwn','text':'As of 27 Nov 2026'}]}]}");

        // when
        List<String> lines = VisibleText.ofSlack(message);

        // then
        assertEquals(List.of("R&D · Anna", "Plan <A>", "▰▰▱ 40 %", "deal — DKK 5.00", "Payout", "DKK 1,000.00", "As of 27 Nov 2026"), lines);
    }

    @Test
    void discord_reads_without_bold_code_escapes_and_small_print_marks_title_description_fields_and_footer_in_order() {
        // given embeds as EmbedRenderer writes them
        JsonNode message = json("{'embeds':[{'title':'R&D · Anna'},{'title':'Plan <A>','description':'`▰▰▱`  40 %\\n\\u2003\\u2003deal — **DKK 5.00**"
                + "\\n-# cross\\\\_sell \\\\*only\\\\*','fields':[{'name':'\\u200b','value':'DKK 1,000.00'}],"
                + "'footer':{'text':'As of 27 Nov 2026'}}]}");

        // when
        List<String> lines = VisibleText.ofDiscord(message);

        // then
        assertEquals(List.of("R&D · Anna", "Plan <A>", "▰▰▱ 40 %", "deal — DKK 5.00", "cross_sell *only*", "DKK 1,000.00", "As of 27 Nov 2026"),
                lines);
    }

    @Test
    void an_embeds_description_reads_before_its_fields_as_discord_shows_it() {
        // given one embed with fields and a description, and one without fields
        JsonNode message = json("{'embeds':[{'title':'Shares','description':'Grant\\n-# Not cash','fields':[{'name':'Vested','value':'300'}]},"
                + "{'title':'Other','description':'Line\\n-# Small'}]}");

        // when
        List<String> lines = VisibleText.ofDiscord(message);

        // then
        assertEquals(List.of("Shares", "Grant", "Not cash", "Vested", "300", "Other", "Line", "Small"), lines);
    }

    @Test
    void figures_are_amounts_percentages_dates_and_quarters_in_reading_order() {
        // given
        List<String> lines = List.of("Q4 2026 · 58,8 % af 2.543.500,00 kr.", "On pace for 93.3 % → DKK 41,971.03 by 31 Dec 2026", "4. kvartal 2026");

        // when
        List<String> figures = VisibleText.figures(lines);

        // then
        assertEquals(List.of("Q4 2026", "58,8 %", "2.543.500,00", "93.3 %", "41,971.03", "31 Dec 2026", "4. kvartal 2026"), figures);
    }

    @Test
    void a_slack_block_it_cannot_read_fails_rather_than_being_skipped() {
        // given
        JsonNode message = json("{'blocks':[{'type':'image','image_url':'https://example.com/chart.png','alt_text':'chart'}]}");

        // when / then
        assertThrows(AssertionError.class, () -> VisibleText.ofSlack(message));
    }
}
