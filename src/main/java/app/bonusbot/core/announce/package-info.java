/**
 * Weekly team posts: what a post says (attainment, milestones crossed, days left) at a team's privacy level, when
 * it is due, and exactly once per team and week through the {@link app.bonusbot.core.announce.PostClaims} port;
 * delivery ({@link app.bonusbot.core.announce.PostDelivery}) and chart drawing ({@link
 * app.bonusbot.core.announce.PostChartRenderer}) are ports the adapters implement. Pure: depends on the rest of the
 * core only.
 */
package app.bonusbot.core.announce;
