package app.bonusbot.chat;

import java.util.Optional;

/**
 * One {@code /bonus} as a platform hands it to the {@link ChatTurn}: who asked, as the platform knows them and as
 * Bonusbot does, and what they asked.
 *
 * @param platformUserId the caller's id on the platform (Slack member id, Discord user id), told to someone unknown
 * @param personId the caller's person id, when the platform's identity lookup found them
 */
public record ChatRequest(ChatSource platform, String platformUserId, Optional<String> personId, ChatInput input) {}
