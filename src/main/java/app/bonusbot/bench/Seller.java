package app.bonusbot.bench;

/** A made-up seller of the benchmark company; deals name them as HubSpot does, by full name. */
public record Seller(String id, String name, String email, String teamId) {}
