package app.bonusbot.chat.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.reply.Block;
import app.bonusbot.core.reply.Reply;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.junit.jupiter.api.Test;

class EmbedRendererTest {

    private static final Texts EN = Texts.of(Language.EN);
    private static final String TRUNCATED = "This is too long for one Discord message, so the rest is left out. Ask for less at a time, e.g. one plan:"
            + " /bonus explain PLAN.";

    private static List<MessageEmbed> render(Reply reply) {
        return new EmbedRenderer().message(reply, EN).embeds();
    }

    private static int total(List<MessageEmbed> embeds) {
        return embeds.stream().mapToInt(MessageEmbed::getLength).sum();
    }

    private static Block.Field field(int i) {
        return new Block.Field("Field " + i, "value " + i);
    }

    @Test
    void the_header_is_the_first_title_and_each_subheading_opens_an_embed_with_its_lines_and_fields() {
        // given
        Reply reply = Reply.builder("summary")
                .header("Bonus status · Anna Holm")
                .subheading("Quarterly bonus")
                .text("First line")
                .fields(List.of(new Block.Field("Payout", "DKK 10.00")))
                .subheading("Kicker")
                .text("Second line")
                .build();
        // when
        DiscordMessage message = new EmbedRenderer().message(reply, EN);
        // then
        List<MessageEmbed> embeds = message.embeds();
        assertEquals("summary", message.summary());
        assertEquals(List.of("Bonus status · Anna Holm", "Quarterly bonus", "Kicker"), embeds.stream().map(MessageEmbed::getTitle).toList());
        assertEquals("First line", embeds.get(1).getDescription());
        assertEquals(List.of(new MessageEmbed.Field("Payout", "DKK 10.00", true)), embeds.get(1).getFields());
        assertEquals("Second line", embeds.get(2).getDescription());
        embeds.forEach(e -> assertEquals(EmbedRenderer.COLOUR, e.getColorRaw()));
    }

    @Test
    void small_print_at_the_end_is_the_footer_and_elsewhere_a_subtext_line() {
        // given
        Reply reply = Reply.builder("s").header("Title").context("As of today").text("Body *x*").context("Only you can see this").build();
        // when
        List<MessageEmbed> embeds = render(reply);
        // then
        assertEquals(1, embeds.size());
        assertEquals("-# As of today\nBody \\*x\\*", embeds.get(0).getDescription());
        assertEquals("Only you can see this", embeds.get(0).getFooter().getText());
    }

    @Test
    void a_divider_ends_an_embed() {
        // given
        Reply reply = Reply.builder("s").text("above").divider().text("below").build();
        // when
        List<MessageEmbed> embeds = render(reply);
        // then
        assertEquals(List.of("above", "below"), embeds.stream().map(MessageEmbed::getDescription).toList());
    }

    @Test
    void markdown_in_any_text_shows_as_typed() {
        // given a deal name and a survey comment as someone might type them
        Reply reply = Reply.builder("s")
                .header("Q4 *big* deals")
                .text("[Click me](https://example.com) for **free** ~~money~~ ||now|| `x` under_score back\\slash")
                .text("# Shouting\n> quoted\n- listed\n-# small")
                .fields(List.of(new Block.Field("cross_sell", "2 * 3 = 6")))
                .build();
        // when
        List<MessageEmbed> embeds = render(reply);
        // then
        assertEquals("Q4 \\*big\\* deals", embeds.get(0).getTitle());
        assertEquals("\\[Click me](https://example.com) for \\*\\*free\\*\\* \\~\\~money\\~\\~ \\|\\|now\\|\\| \\`x\\` under\\_score back\\\\slash\n"
                + "\\# Shouting\n\\> quoted\n\\- listed\n\\-# small", embeds.get(0).getDescription());
        assertEquals(new MessageEmbed.Field("cross\\_sell", "2 \\* 3 = 6", true), embeds.get(0).getFields().get(0));
    }

    @Test
    void plain_text_is_left_as_it_is() {
        // then
        assertEquals("Birk & Co, Aarhus – Platform · 55 % (+DKK 1,777.77) <amount> 1. first", EmbedRenderer.escape(
                "Birk & Co, Aarhus – Platform · 55 % (+DKK 1,777.77) <amount> 1. first"));
        assertEquals("a - b # c > d", EmbedRenderer.escape("a - b # c > d"));
        assertEquals("", EmbedRenderer.escape(null));
    }

    @Test
    void a_progress_bar_under_a_title_that_names_its_plan_has_no_label_of_its_own() {
        // given
        Reply reply = Reply.builder("s")
                .subheading("Quarterly bonus · Q4 2026")
                .progress("Quarterly bonus", new BigDecimal("0.55"), "55 % of target")
                .build();
        // when
        List<MessageEmbed> embeds = render(reply);
        // then
        assertEquals("`▰▰▰▰▰▱▱▱▱▱`  55 % of target", embeds.get(0).getDescription());
    }

    @Test
    void a_progress_bar_under_another_title_is_labelled_in_bold_and_one_without_a_label_is_not() {
        // given a team overview: one member's plans
        Reply reply = Reply.builder("s")
                .subheading("Anna Holm")
                .progress("Kicker_plan", new BigDecimal("1.333"), "133.3 %")
                .progress(" ", BigDecimal.ZERO, "0 %")
                .progress(null, new BigDecimal("-0.1"), "below zero")
                .build();
        // when
        List<MessageEmbed> embeds = render(reply);
        // then
        assertEquals("**Kicker\\_plan**\n`▰▰▰▰▰▰▰▰▰▰`  133.3 %\n`▱▱▱▱▱▱▱▱▱▱`  0 %\n`▱▱▱▱▱▱▱▱▱▱`  below zero", embeds.get(0).getDescription());
    }

    @Test
    void calculation_lines_keep_the_cores_indent_and_bold_their_result() {
        // given
        Reply reply = Reply.builder("s")
                .calculation("Sum of 2 deals", "DKK 3.00")
                .calculation("  6 Oct 2026 · Birk & Co", "DKK 1.00")
                .calculation("Grant of 1,200 shares", null)
                .build();
        // when
        List<MessageEmbed> embeds = render(reply);
        // then
        assertEquals("Sum of 2 deals — **DKK 3.00**\n\u2003\u20036 Oct 2026 · Birk & Co — **DKK 1.00**\nGrant of 1,200 shares",
                embeds.get(0).getDescription());
    }

    @Test
    void a_title_over_256_characters_is_cut_with_an_ellipsis() {
        // given
        Reply reply = Reply.builder("s").header("T".repeat(300)).build();
        // when
        String title = render(reply).get(0).getTitle();
        // then
        assertEquals(256, title.length());
        assertEquals("T".repeat(255) + "…", title);
    }

    @Test
    void a_text_cut_at_a_limit_never_splits_a_character_in_two() {
        // when
        String cut = EmbedRenderer.cut("x".repeat(254) + "😀😀", 256);
        // then
        assertEquals("x".repeat(254) + "…", cut);
        assertEquals("short", EmbedRenderer.cut("short", 256));
    }

    @Test
    void lines_over_4096_characters_continue_in_the_next_embed_and_no_line_is_lost() {
        // given 50 lines of 100 characters under one title
        Reply.Builder builder = Reply.builder("s").subheading("Explain");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String line = String.format("%02d", i) + "x".repeat(98);
            lines.add(line);
            builder.text(line);
        }
        // when
        List<MessageEmbed> embeds = render(builder.build());
        // then
        assertEquals(2, embeds.size());
        assertEquals("Explain", embeds.get(0).getTitle());
        assertNull(embeds.get(1).getTitle());
        assertTrue(embeds.get(0).getDescription().length() <= 4096);
        assertEquals(40, embeds.get(0).getDescription().split("\n").length);
        assertEquals(String.join("\n", lines), embeds.get(0).getDescription() + "\n" + embeds.get(1).getDescription());
    }

    @Test
    void a_single_line_over_4096_characters_is_cut() {
        // when
        List<MessageEmbed> embeds = render(Reply.builder("s").text("y".repeat(5000)).build());
        // then
        assertEquals(1, embeds.size());
        assertEquals(4096, embeds.get(0).getDescription().length());
        assertTrue(embeds.get(0).getDescription().endsWith("y…"));
    }

    @Test
    void more_than_25_fields_continue_in_the_next_embed_in_order() {
        // given
        List<Block.Field> fields = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            fields.add(field(i));
        }
        // when
        List<MessageEmbed> embeds = render(Reply.builder("s").subheading("Team").fields(fields).build());
        // then
        assertEquals(2, embeds.size());
        assertEquals(25, embeds.get(0).getFields().size());
        assertEquals(5, embeds.get(1).getFields().size());
        assertEquals("Field 26", embeds.get(1).getFields().get(0).getName());
        assertEquals("Team", embeds.get(0).getTitle());
    }

    @Test
    void a_field_without_a_label_gets_an_invisible_name() {
        // when
        List<MessageEmbed> embeds = render(Reply.builder("s").fields(List.of(new Block.Field("", "value"))).build());
        // then
        assertEquals("\u200b", embeds.get(0).getFields().get(0).getName());
    }

    @Test
    void more_than_ten_short_embeds_are_laid_out_as_text_so_that_nothing_is_left_out() {
        // given a header, twelve plans with a line and a field each, and small print at the end
        Reply.Builder builder = Reply.builder("s").header("Bonus status · Anna Holm");
        for (int i = 1; i <= 12; i++) {
            builder.subheading("Plan " + i).text("line " + i).fields(List.of(new Block.Field("Payout", "DKK " + i + ".00")));
        }
        builder.context("Figures as of 27 Nov 2026");
        // when
        List<MessageEmbed> embeds = render(builder.build());
        // then one embed holds it all, in the answer's order, under the header, with the footer
        assertEquals(1, embeds.size());
        assertEquals("Bonus status · Anna Holm", embeds.get(0).getTitle());
        String text = embeds.get(0).getDescription();
        assertTrue(text.startsWith("**Plan 1**\nline 1\nPayout: DKK 1.00\n**Plan 2**"), text);
        assertTrue(text.endsWith("**Plan 12**\nline 12\nPayout: DKK 12.00"), text);
        assertEquals("Figures as of 27 Nov 2026", embeds.get(0).getFooter().getText());
        assertFalse(text.contains(TRUNCATED), text);
    }

    @Test
    void more_than_6000_characters_keep_the_embeds_that_fit_then_the_note_with_the_footer() {
        // given five plans of 1,500 characters each
        Reply.Builder builder = Reply.builder("s").header("How your bonus is calculated");
        for (int i = 1; i <= 5; i++) {
            builder.subheading("Plan " + i).text("z".repeat(1500));
        }
        builder.context("Figures as of 27 Nov 2026");
        // when
        List<MessageEmbed> embeds = render(builder.build());
        // then
        assertTrue(total(embeds) <= 6000, "total " + total(embeds));
        assertEquals(List.of("How your bonus is calculated", "Plan 1", "Plan 2", "Plan 3"),
                embeds.subList(0, 4).stream().map(MessageEmbed::getTitle).toList());
        MessageEmbed last = embeds.get(embeds.size() - 1);
        assertEquals(5, embeds.size());
        assertEquals(TRUNCATED, last.getDescription().replace("\\", ""));
        assertEquals("Figures as of 27 Nov 2026", last.getFooter().getText());
    }

    @Test
    void an_answer_within_the_limits_is_sent_whole() {
        // given ten embeds and the footer on the last
        Reply.Builder builder = Reply.builder("s");
        for (int i = 1; i <= 10; i++) {
            builder.subheading("Plan " + i).text("line " + i);
        }
        builder.context("Footer");
        // when
        List<MessageEmbed> embeds = render(builder.build());
        // then
        assertEquals(10, embeds.size());
        assertEquals("Plan 10", embeds.get(9).getTitle());
        assertEquals("Footer", embeds.get(9).getFooter().getText());
    }

    @Test
    void a_danish_answer_is_cut_with_the_danish_note() {
        // given
        Reply.Builder builder = Reply.builder("s");
        for (int i = 1; i <= 5; i++) {
            builder.subheading("Ordning " + i).text("z".repeat(1500));
        }
        // when
        List<MessageEmbed> embeds = new EmbedRenderer().message(builder.build(), Texts.of(Language.DA)).embeds();
        // then
        MessageEmbed last = embeds.get(embeds.size() - 1);
        assertTrue(last.getDescription().startsWith("Det er for langt til én Discord-besked"), last.getDescription());
        assertNull(last.getFooter());
    }
}
