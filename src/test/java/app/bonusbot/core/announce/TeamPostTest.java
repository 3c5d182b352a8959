package app.bonusbot.core.announce;

import static app.bonusbot.core.announce.PostCompany.ANNA;
import static app.bonusbot.core.announce.PostCompany.BIG_RENEWAL;
import static app.bonusbot.core.announce.PostCompany.BO;
import static app.bonusbot.core.announce.PostCompany.MILESTONES;
import static app.bonusbot.core.announce.PostCompany.NORDICS;
import static app.bonusbot.core.announce.PostCompany.TWO_NEW;
import static app.bonusbot.core.announce.PostCompany.d;
import static app.bonusbot.core.announce.PostCompany.won;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.announce.TeamPost.MilestoneCrossed;
import app.bonusbot.core.announce.TeamPost.MilestoneEvent;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.engine.DealList;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.people.Team;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TeamPostTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private static final LocalDate PREVIOUS_MONDAY = LocalDate.of(2026, 11, 30);

    private static TeamPost post(boolean teamPlan, LocalDate date, LocalDate previous, Deal... deals) {
        Company company = PostCompany.company(teamPlan, Language.EN);
        return new TeamPostBuilder(company, new DealList(List.of(deals))).build(NORDICS, date, previous, MILESTONES);
    }

    private static BigDecimal scaled(BigDecimal value) {
        return value.stripTrailingZeros();
    }

    @Test
    void a_member_going_from_45_to_80_percent_crosses_50_and_75() {
        // given Anna at 450,000 of 1,000,000 at the previous post and 800,000 now; Bo at 500,000 throughout
        Deal[] deals = {won("a1", "anna", "450000", "2026-11-20", "new"), won("a2", "anna", "350000", "2026-12-03", "upsell"),
                won("b1", "bo", "500000", "2026-10-10", "new")};
        // when
        TeamPost post = post(true, MONDAY, PREVIOUS_MONDAY, deals);
        // then
        assertEquals(1, post.crossed().size());
        MilestoneCrossed anna = post.crossed().get(0);
        assertEquals(ANNA, anna.person());
        assertEquals(List.of(d("0.50"), d("0.75")), anna.levels());
        assertEquals(scaled(d("0.8")), scaled(anna.attainment()));
    }

    @Test
    void a_deal_closed_on_the_previous_posts_day_counted_then_and_does_not_count_again() {
        // given Anna reached exactly 50 % on the day of the previous post
        Deal[] deals = {won("a1", "anna", "500000", "2026-11-30", "new"), won("a2", "anna", "100000", "2026-12-01", "new")};
        // when
        TeamPost post = post(true, MONDAY, PREVIOUS_MONDAY, deals);
        // then
        assertEquals(List.of(), post.crossed());
    }

    @Test
    void at_the_start_of_a_period_everything_since_the_period_start_counts() {
        // given the previous post was in the third quarter, when Anna's Q3 was already at 90 %
        Deal[] deals = {won("q3", "anna", "900000", "2026-09-20", "new"), won("a1", "anna", "760000", "2026-10-02", "new")};
        // when
        TeamPost post = post(true, LocalDate.of(2026, 10, 5), LocalDate.of(2026, 9, 28), deals);
        // then
        assertEquals(List.of(d("0.50"), d("0.75")), post.crossed().get(0).levels());
    }

    @Test
    void milestone_events_of_the_week_are_matching_won_deals_closed_since_the_previous_post() {
        // given
        Deal[] deals = {won("r-old", "anna", "60000", "2026-11-30", "renewal"), won("r1", "anna", "60000", "2026-12-02", "renewal"),
                won("r-small", "bo", "40000", "2026-12-03", "renewal"), won("r2", "bo", "50000", "2026-12-07", "renewal"),
                won("r-future", "bo", "90000", "2026-12-08", "renewal")};
        // when
        TeamPost post = post(true, MONDAY, PREVIOUS_MONDAY, deals);
        // then
        assertEquals(List.of(new MilestoneEvent(ANNA, BIG_RENEWAL, LocalDate.of(2026, 12, 2)), new MilestoneEvent(BO, BIG_RENEWAL, MONDAY)),
                post.events());
    }

    @Test
    void a_count_reached_this_week_is_an_event_once() {
        // given Bo's first new customer in October and his second this week
        Deal[] deals = {won("n1", "bo", "10000", "2026-10-05", "new"), won("n2", "bo", "10000", "2026-12-04", "new"),
                won("n3", "bo", "10000", "2026-12-05", "new")};
        // when
        TeamPost thisWeek = post(true, MONDAY, PREVIOUS_MONDAY, deals);
        TeamPost nextWeek = post(true, LocalDate.of(2026, 12, 14), MONDAY, deals);
        // then
        assertEquals(List.of(new MilestoneEvent(BO, TWO_NEW, LocalDate.of(2026, 12, 4))), thisWeek.events());
        assertEquals(List.of(), nextWeek.events());
    }

    @Test
    void the_team_total_is_the_team_plans_attainment_with_the_days_left_in_its_period() {
        // given
        Deal[] deals = {won("a1", "anna", "900000", "2026-11-20", "new"), won("b1", "bo", "300000", "2026-10-10", "new")};
        // when
        TeamPost post = post(true, MONDAY, PREVIOUS_MONDAY, deals);
        // then 1,200,000 of 3,000,000
        assertEquals(scaled(d("0.4")), scaled(post.total().orElseThrow().attainment()));
        assertEquals("Team pool", post.total().get().plan().orElseThrow().in(Language.EN));
        assertEquals("2026-Q4", post.period().key());
        assertEquals(24, post.daysLeft());
    }

    @Test
    void without_a_team_plan_the_team_total_is_the_members_amounts_against_their_targets() {
        // given
        Deal[] deals = {won("a1", "anna", "900000", "2026-11-20", "new"), won("b1", "bo", "300000", "2026-10-10", "new")};
        // when
        TeamPost post = post(false, MONDAY, PREVIOUS_MONDAY, deals);
        // then 1,200,000 of 2,000,000
        assertEquals(scaled(d("0.6")), scaled(post.total().orElseThrow().attainment()));
        assertEquals(Optional.empty(), post.total().get().plan());
    }

    @Test
    void members_are_measured_on_their_plan_on_amounts_and_people_who_have_left_are_not_shown() {
        // given Bo left before the post
        Company company = PostCompany.company(true, Language.EN);
        Company withoutBo = new Company(company.settings(), new app.bonusbot.core.people.Directory(List.of(PostCompany.MIA, ANNA,
                new app.bonusbot.core.people.Person("bo", "Bo Jensen", null, "nordics", LocalDate.of(2025, 1, 6), LocalDate.of(2026, 11, 15), null,
                        java.util.Map.of())), List.of(NORDICS)), company.plans(), company.targets());
        DealList deals = new DealList(List.of(won("a1", "anna", "250000", "2026-11-20", "new")));
        // when
        TeamPost post = new TeamPostBuilder(withoutBo, deals).build(NORDICS, MONDAY, PREVIOUS_MONDAY, MILESTONES);
        // then
        assertEquals(1, post.members().size());
        assertEquals(ANNA, post.members().get(0).person());
        assertEquals(scaled(d("0.25")), scaled(post.members().get(0).attainment()));
    }

    @Test
    void the_teams_language_is_its_managers_else_the_companys() {
        // given
        Company company = PostCompany.company(true, Language.DA);
        // then
        assertEquals(Language.EN, TeamPostView.languageOf(company, NORDICS));
        assertEquals(Language.DA, TeamPostView.languageOf(company, new Team("x", "No manager", null)));
        assertTrue(BO.language() == Language.DA, "a member's own language does not decide the team's");
    }
}
