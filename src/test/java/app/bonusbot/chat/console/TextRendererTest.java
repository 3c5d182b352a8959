package app.bonusbot.chat.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.bonusbot.core.reply.Reply;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TextRendererTest {

    private final TextRenderer renderer = new TextRenderer();

    @Test
    void bars_under_a_heading_that_does_not_name_them_show_their_labels_lined_up() {
        // given a team member with two plans, as /bonus team shows them
        Reply reply = Reply.builder("team").subheading("Anna Holm")
                .progress("Quarterly bonus", new BigDecimal("0.5"), "50 %")
                .progress("Win-rate kicker two", BigDecimal.ONE, "100 %")
                .build();
        // when
        String text = renderer.render(reply);
        // then
        assertEquals("""

                Anna Holm
                  Quarterly bonus      ▰▰▰▰▰▱▱▱▱▱  50 %
                  Win-rate kicker two  ▰▰▰▰▰▰▰▰▰▰  100 %
                """, text);
    }

    @Test
    void a_bar_under_a_heading_that_names_its_plan_does_not_repeat_the_name() {
        // given a plan's status section
        Reply reply = Reply.builder("status").subheading("Quarterly bonus · Q4 2026")
                .progress("Quarterly bonus", new BigDecimal("0.3"), "30 % of target")
                .build();
        // when
        String text = renderer.render(reply);
        // then
        assertEquals("""

                Quarterly bonus · Q4 2026
                  ▰▰▰▱▱▱▱▱▱▱  30 % of target
                """, text);
    }
}
