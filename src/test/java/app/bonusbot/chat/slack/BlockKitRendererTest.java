package app.bonusbot.chat.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.reply.Block;
import app.bonusbot.core.reply.Reply;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BlockKitRendererTest {

    private final BlockKitRenderer renderer = new BlockKitRenderer();
    private final Texts english = Texts.of(Language.EN);

    private static String text(LayoutBlock block) {
        return ((MarkdownTextObject) ((SectionBlock) block).getText()).getText();
    }

    private static List<String> fields(LayoutBlock block) {
        return ((SectionBlock) block).getFields().stream().map(f -> ((MarkdownTextObject) f).getText()).toList();
    }

    private static String context(LayoutBlock block) {
        return ((MarkdownTextObject) ((ContextBlock) block).getElements().get(0)).getText();
    }

    @Test
    void ampersands_and_angle_brackets_are_escaped_everywhere_so_they_never_become_links_or_mentions() {
        // given
        Reply reply = Reply.builder("Team Customer success & renewals <3").header("Team Customer success & renewals")
                .subheading("<@U0ANNA01> & co").text("a < b > c")
                .fields(List.of(new Block.Field("R&D", "<!channel>"))).context("as of <today>").build();
        // when
        SlackMessage message = renderer.message(reply, english);
        // then
        assertEquals("Team Customer success &amp; renewals &lt;3", message.text());
        assertEquals("Team Customer success &amp; renewals", ((HeaderBlock) message.blocks().get(0)).getText().getText());
        assertEquals("*&lt;@U0ANNA01&gt; &amp; co*\na &lt; b &gt; c", text(message.blocks().get(1)));
        assertEquals(List.of("*R&amp;D*\n&lt;!channel&gt;"), fields(message.blocks().get(1)));
        assertEquals("as of &lt;today&gt;", context(message.blocks().get(2)));
    }

    @Test
    void a_plans_title_progress_and_fields_share_one_section_and_the_bar_leaves_out_the_label_the_title_already_says() {
        // given
        Reply reply = Reply.builder("s").subheading("Quarterly bonus · Q4 2026")
                .progress("Quarterly bonus", new BigDecimal("0.55"), "55 % of target")
                .fields(List.of(new Block.Field("Payout so far", "DKK 24,750.00"))).build();
        // when
        List<LayoutBlock> blocks = renderer.message(reply, english).blocks();
        // then
        assertEquals(1, blocks.size());
        assertEquals("*Quarterly bonus · Q4 2026*\n`▰▰▰▰▰▱▱▱▱▱`  55 % of target", text(blocks.get(0)));
        assertEquals(List.of("*Payout so far*\nDKK 24,750.00"), fields(blocks.get(0)));
    }

    @Test
    void bars_under_a_person_name_their_plan_in_bold_above_the_bar() {
        // given
        Reply reply = Reply.builder("s").subheading("Anna Holm")
                .progress("Quarterly bonus", new BigDecimal("1.2"), "120 %")
                .progress("Win-rate kicker", BigDecimal.ZERO, "0 %").build();
        // when
        List<LayoutBlock> blocks = renderer.message(reply, english).blocks();
        // then
        assertEquals("*Anna Holm*\n*Quarterly bonus*\n`▰▰▰▰▰▰▰▰▰▰`  120 %\n*Win-rate kicker*\n`▱▱▱▱▱▱▱▱▱▱`  0 %", text(blocks.get(0)));
    }

    @Test
    void calculation_lines_put_the_result_right_after_the_description_and_keep_the_indent_of_deal_lines() {
        // given
        Reply reply = Reply.builder("s").calculation("Sum of 2 won deals", "DKK 100.00")
                .calculation("    6 Oct 2026 · Birk & Co", "DKK 60.00")
                .calculation("Grant of 1,200 shares", "").build();
        // when
        List<LayoutBlock> blocks = renderer.message(reply, english).blocks();
        // then
        assertEquals("Sum of 2 won deals — *DKK 100.00*\n\u2003\u20036 Oct 2026 · Birk &amp; Co — *DKK 60.00*\nGrant of 1,200 shares",
                text(blocks.get(0)));
    }

    @Test
    void more_than_ten_fields_are_split_over_sections_of_ten() {
        // given
        List<Block.Field> twelve = IntStream.rangeClosed(1, 12).mapToObj(i -> new Block.Field("L" + i, "V" + i)).toList();
        // when
        List<LayoutBlock> blocks = renderer.message(Reply.builder("s").subheading("Title").fields(twelve).build(), english).blocks();
        // then
        assertEquals(2, blocks.size());
        assertEquals("*Title*", text(blocks.get(0)));
        assertEquals(10, fields(blocks.get(0)).size());
        assertEquals(List.of("*L11*\nV11", "*L12*\nV12"), fields(blocks.get(1)));
    }

    @Test
    void texts_longer_than_slack_allows_are_cut_to_the_limit_with_an_ellipsis_never_inside_an_entity() {
        // given
        String longHeader = "&".repeat(200);
        String longField = "x".repeat(2500);
        // when
        List<LayoutBlock> blocks = renderer.message(Reply.builder("s").header(longHeader)
                .fields(List.of(new Block.Field("Label", longField))).build(), english).blocks();
        // then
        String header = ((HeaderBlock) blocks.get(0)).getText().getText();
        assertTrue(header.length() <= BlockKitRenderer.HEADER_TEXT, header);
        assertTrue(header.endsWith("&amp;…"), header);
        String field = fields(blocks.get(1)).get(0);
        assertEquals(BlockKitRenderer.FIELD_TEXT, field.length());
        assertTrue(field.endsWith("x…"));
    }

    @Test
    void a_run_of_lines_longer_than_a_section_takes_is_split_into_several_sections_at_line_ends() {
        // given about 4,000 characters of lines
        Reply.Builder reply = Reply.builder("s").subheading("Plan");
        for (int i = 0; i < 40; i++) {
            reply.calculation("Line " + i + " " + "y".repeat(80), "DKK " + i);
        }
        // when
        List<LayoutBlock> blocks = renderer.message(reply.build(), english).blocks();
        // then
        assertEquals(2, blocks.size());
        assertTrue(text(blocks.get(0)).length() <= BlockKitRenderer.SECTION_TEXT);
        assertTrue(text(blocks.get(0)).startsWith("*Plan*\nLine 0 "));
        assertTrue(text(blocks.get(1)).startsWith("Line "));
        assertTrue(text(blocks.get(1)).endsWith("Line 39 " + "y".repeat(80) + " — *DKK 39*"));
    }

    @Test
    void an_answer_with_too_many_blocks_keeps_the_first_ones_a_note_and_its_closing_context_line() {
        // given
        List<Block> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(new Block.Subheading("Plan " + i));
            many.add(new Block.Divider());
        }
        many.add(new Block.Context("Figures as of 27 Nov 2026"));
        // when
        List<LayoutBlock> blocks = renderer.message(new Reply("s", many), english).blocks();
        // then
        assertEquals(BlockKitRenderer.MESSAGE_BLOCKS - 1, blocks.size(), "a divider before the note is dropped");
        assertInstanceOf(SectionBlock.class, blocks.get(blocks.size() - 3));
        assertEquals(english.get("slack.truncated"), context(blocks.get(blocks.size() - 2)));
        assertEquals("Figures as of 27 Nov 2026", context(blocks.get(blocks.size() - 1)));
    }

    @Test
    void a_view_takes_up_to_a_hundred_blocks() {
        // given
        List<Block> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add(new Block.Divider());
        }
        // when
        List<LayoutBlock> asView = renderer.blocks(many, BlockKitRenderer.VIEW_BLOCKS, english);
        List<LayoutBlock> asMessage = renderer.blocks(many, BlockKitRenderer.MESSAGE_BLOCKS, english);
        // then
        assertEquals(60, asView.size());
        assertTrue(asView.stream().allMatch(b -> b instanceof DividerBlock));
        assertTrue(asMessage.size() <= BlockKitRenderer.MESSAGE_BLOCKS);
    }

    @Test
    void the_truncation_note_is_in_the_readers_language() {
        // given
        List<Block> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add(new Block.Text("Linje " + i));
            many.add(new Block.Divider());
        }
        // when
        List<LayoutBlock> blocks = renderer.blocks(many, BlockKitRenderer.MESSAGE_BLOCKS, Texts.of(Language.DA));
        // then
        assertEquals(Texts.of(Language.DA).get("slack.truncated"), context(blocks.get(blocks.size() - 1)));
    }
}
