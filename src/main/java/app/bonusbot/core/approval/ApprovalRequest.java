package app.bonusbot.core.approval;

import java.time.Instant;

/** Sales ops asking the managers to approve a period's statements: when, and who asked ({@code cli} or a person id). */
public record ApprovalRequest(String periodKey, Instant at, String actor) {}
