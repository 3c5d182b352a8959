/**
 * The Discord platform on JDA: the {@code /bonus} command registered per server, interactions deferred and answered
 * through {@code chat}'s turn, embeds rendered from the neutral reply, survey buttons and modals, weekly posts,
 * people by Discord id. Depends on {@code chat}, {@code chart} (survey result charts), the core and JDA; never on
 * another platform.
 */
package app.bonusbot.chat.discord;
