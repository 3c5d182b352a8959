package app.bonusbot.core.announce;

import static app.bonusbot.core.announce.PostCompany.MILESTONES;
import static app.bonusbot.core.announce.PostCompany.NORDICS;
import static app.bonusbot.core.announce.PostCompany.text;
import static app.bonusbot.core.announce.PostCompany.won;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.company.Company;
import app.bonusbot.core.engine.DealList;
import app.bonusbot.core.i18n.Language;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TeamPostViewTest {

    private static final Company COMPANY = PostCompany.company(true, Language.EN);

    /** Anna from 45 % to 80 % with a big renewal this week; Bo at 50 % since October. */
    private static final TeamPost POST = new TeamPostBuilder(COMPANY, new DealList(List.of(
            won("a1", "anna", "450000", "2026-11-20", "new"), won("a2", "anna", "350000", "2026-12-03", "upsell"),
            won("r1", "anna", "60000", "2026-12-02", "renewal"), won("b1", "bo", "500000", "2026-10-10", "new"))))
            .build(NORDICS, LocalDate.of(2026, 12, 7), LocalDate.of(2026, 11, 30), MILESTONES);

    private static RenderedPost channel(PostPrivacy privacy, Language language) {
        return new TeamPostView(language, COMPANY.settings()).channel(POST, privacy);
    }

    @Test
    void names_and_percentages_show_who_crossed_which_milestone_and_everyones_attainment() {
        // when
        RenderedPost post = channel(PostPrivacy.NAMES_AND_PERCENTAGES, Language.EN);
        // then
        assertEquals("""
                Nordics: 43.3 % of the team target, 24 days left in Q4 2026
                Weekly update · Nordics
                Team | 43.3 % of the team target · Team pool
                24 days left in Q4 2026
                Milestones since 30 Nov 2026
                • Anna Holm passed 50 % and 75 % of target (now 80 %)
                Deals worth celebrating
                • Anna Holm: Renewal of 50,000 or more (2 Dec 2026)
                Each member's attainment
                Anna Holm | 80 % of own target
                Bo Jensen | 50 % of own target
                Figures as of 7 Dec 2026 · attainment only: pay is personal and never shown here
                """, text(post.reply()));
        assertEquals(List.of("Anna Holm", "Bo Jensen"), post.chart().bars().stream().map(PostChart.Bar::label).toList());
    }

    @Test
    void milestone_names_only_names_people_but_shows_no_percentage_of_anyone() {
        // when
        RenderedPost post = channel(PostPrivacy.MILESTONE_NAMES_ONLY, Language.EN);
        String text = text(post.reply());
        // then
        assertTrue(text.contains("• Anna Holm reached a new milestone"), text);
        assertTrue(text.contains("• Anna Holm: Renewal of 50,000 or more (2 Dec 2026)"), text);
        for (String line : text.split("\n")) {
            if (line.contains("Anna") || line.contains("Bo Jensen")) {
                assertFalse(line.contains("%"), "a person's line shows a percentage: " + line);
            }
        }
        assertFalse(text.contains("80"), text);
        assertFalse(text.contains("Bo Jensen"), "Bo crossed nothing and had no event: " + text);
        assertEquals(List.of("Team"), post.chart().bars().stream().map(PostChart.Bar::label).toList());
    }

    @Test
    void team_totals_only_has_no_names_at_all() {
        // when
        RenderedPost post = channel(PostPrivacy.TEAM_TOTALS_ONLY, Language.EN);
        String text = text(post.reply());
        // then
        for (String name : List.of("Anna", "Holm", "Bo ", "Jensen", "Mia")) {
            assertFalse(text.contains(name), name + " in: " + text);
        }
        assertTrue(text.contains("1 team member reached a new milestone."), text);
        assertTrue(text.contains("• 1 × Renewal of 50,000 or more"), text);
        assertEquals(List.of("Team"), post.chart().bars().stream().map(PostChart.Bar::label).toList());
        assertEquals(POST.total().orElseThrow().attainment(), post.chart().bars().get(0).ratio());
    }

    @ParameterizedTest
    @EnumSource(PostPrivacy.class)
    void no_privacy_level_ever_shows_an_amount_of_pay_in_either_language(PostPrivacy privacy) {
        for (Language language : Language.values()) {
            // when
            String text = text(channel(privacy, language).reply()) + text(new TeamPostView(language, COMPANY.settings()).managerDm(POST, privacy).reply());
            // then no currency, no bonus (60,000), no milestone payouts (1,500), no deal amounts (350,000, 60,000)
            for (String pay : List.of("DKK", "kr.", "60,000", "60.000", "1,500", "1.500", "350", "450", "500,000", "500.000", "30,000", "30.000")) {
                assertFalse(text.contains(pay), pay + " in " + language + " at " + privacy + ": " + text);
            }
        }
    }

    @Test
    void the_manager_gets_everyones_attainment_by_direct_message_and_is_told_what_the_channel_sees() {
        // when
        RenderedPost dm = new TeamPostView(Language.EN, COMPANY.settings()).managerDm(POST, PostPrivacy.TEAM_TOTALS_ONLY);
        String text = text(dm.reply());
        // then
        assertTrue(text.contains("Weekly update · Nordics (for you as the manager)"), text);
        assertTrue(text.contains("Bo Jensen | 50 % of own target"), text);
        assertTrue(text.contains("Sent to you as the team's manager. The channel sees team totals only."), text);
    }

    @Test
    void the_post_reads_in_danish() {
        // when
        String text = text(channel(PostPrivacy.NAMES_AND_PERCENTAGES, Language.DA).reply());
        // then
        assertTrue(text.contains("Ugentlig status · Nordics"), text);
        assertTrue(text.contains("Team | 43,3 % af teammålet · Teampulje"), text);
        assertTrue(text.contains("24 dage tilbage af 4. kvartal 2026"), text);
        assertTrue(text.contains("• Anna Holm passerede 50 % og 75 % af målet (nu 80 %)"), text);
        assertTrue(text.contains("• Anna Holm: Fornyelse på 50.000 eller mere"), text);
    }

    @Test
    void a_week_without_milestones_says_so() {
        // given
        TeamPost quiet = new TeamPostBuilder(COMPANY, new DealList(List.of())).build(NORDICS, LocalDate.of(2026, 12, 7), LocalDate.of(2026, 11, 30),
                MILESTONES);
        // when
        String text = text(new TeamPostView(Language.EN, COMPANY.settings()).channel(quiet, PostPrivacy.NAMES_AND_PERCENTAGES).reply());
        // then
        assertTrue(text.contains("No new milestones since 30 Nov 2026."), text);
        assertFalse(text.contains("Deals worth celebrating"), text);
    }
}
