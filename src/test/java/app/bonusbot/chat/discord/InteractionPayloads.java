package app.bonusbot.chat.discord;

import static app.bonusbot.chat.discord.DiscordWorld.JSON;
import static app.bonusbot.chat.discord.FakeDiscord.APPLICATION_ID;
import static app.bonusbot.chat.discord.FakeDiscord.BOT_USER_ID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * INTERACTION_CREATE payloads as Discord sends them. JDA's InteractionImpl needs {@code id}, {@code token},
 * {@code type}, {@code channel_id}, a {@code channel} object with its {@code type}, {@code context} and
 * {@code authorizing_integration_owners}; in a guild {@code guild} (or JDA builds a detached guild) and {@code member},
 * in a DM {@code user} and a channel of type 1 whose recipient is the bot (or JDA builds a detached channel).
 */
final class InteractionPayloads {

    private final DiscordWorld world;

    InteractionPayloads(DiscordWorld world) {
        this.world = world;
    }

    ObjectNode slashCommand(Interaction interaction, String command, String group, String subcommand, Map<String, ?> options) {
        ObjectNode data = JSON.createObjectNode();
        JsonNode registered = world.command(command);
        data.put("id", registered == null ? world.ids.next() : registered.path("id").asText()).put("name", command).put("type", 1);
        boolean guildCommand = registered == null ? !isDm(interaction) : registered.hasNonNull("guild_id");
        if (guildCommand) {
            data.put("guild_id", world.guildId);
        }
        ArrayNode level = data.putArray("options");
        if (group != null) {
            level = level.addObject().put("type", 2).put("name", group).putArray("options");
        }
        if (subcommand != null) {
            level = level.addObject().put("type", 1).put("name", subcommand).putArray("options");
        }
        ObjectNode resolved = JSON.createObjectNode();
        for (Map.Entry<String, ?> option : options.entrySet()) {
            level.add(option(option.getKey(), option.getValue(), resolved, !isDm(interaction)));
        }
        if (!resolved.isEmpty()) {
            data.set("resolved", resolved);
        }
        return envelope(interaction, data);
    }

    /** A slash command being typed: its options so far, the one being typed marked {@code "focused": true}. */
    ObjectNode autocomplete(Interaction interaction, String command, String group, String subcommand, Map<String, String> options, String focused) {
        ObjectNode payload = slashCommand(interaction, command, group, subcommand, options);
        JsonNode level = payload.path("data");
        while (level.path("options").size() == 1 && level.path("options").get(0).path("type").asInt() <= 2) {
            level = level.path("options").get(0);
        }
        for (JsonNode option : level.path("options")) {
            if (option.path("name").asText().equals(focused)) {
                ((ObjectNode) option).put("focused", true);
            }
        }
        return payload;
    }

    ObjectNode buttonClick(Interaction interaction, String customId, ObjectNode message) {
        ObjectNode data = JSON.createObjectNode().put("custom_id", customId).put("component_type", 2);
        ObjectNode payload = envelope(interaction, data);
        payload.set("message", message);
        return payload;
    }

    ObjectNode modalSubmit(Interaction interaction, String customId, Map<String, String> values, ObjectNode message) {
        ObjectNode data = JSON.createObjectNode().put("custom_id", customId);
        ArrayNode rows = data.putArray("components");
        values.forEach((inputId, value) -> rows.addObject().put("type", 1).putArray("components").addObject()
                .put("type", 4).put("custom_id", inputId).put("value", value));
        ObjectNode payload = envelope(interaction, data);
        if (message != null) {
            payload.set("message", message);
        }
        return payload;
    }

    /** An interaction token: Discord's are base64 of {@code interaction:<id>:<secret>}. */
    static String token(String id) {
        byte[] raw = ("interaction:" + id + ":fakeDiscordLoopbackSecret" + id.hashCode()).getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    boolean isDm(Interaction interaction) {
        return world.dmRecipient(interaction.channelId()) != null;
    }

    private ObjectNode envelope(Interaction interaction, ObjectNode data) {
        String locale = world.user(interaction.userId()).locale();
        ObjectNode payload = JSON.createObjectNode().put("id", interaction.id()).put("application_id", APPLICATION_ID)
                .put("type", interaction.type()).put("token", interaction.token()).put("version", 1)
                .put("channel_id", interaction.channelId()).put("locale", locale).put("app_permissions", DiscordWorld.PERMISSIONS)
                .put("attachment_size_limit", 10_485_760);
        payload.set("data", data);
        payload.putArray("entitlements");
        if (isDm(interaction)) {
            payload.put("context", 1);
            payload.putObject("authorizing_integration_owners").put("0", "0");
            payload.set("user", world.userJson(interaction.userId()));
            payload.set("channel", world.dmChannelJson(interaction.channelId(), BOT_USER_ID));
        } else {
            payload.put("context", 0).put("guild_id", world.guildId).put("guild_locale", "en-US");
            payload.putObject("authorizing_integration_owners").put("0", world.guildId);
            payload.putObject("guild").put("id", world.guildId).put("locale", "en-US").putArray("features");
            payload.set("member", world.memberJson(interaction.userId(), true));
            ObjectNode channel = world.textChannelJson(interaction.channelId()).put("permissions", DiscordWorld.PERMISSIONS);
            payload.set("channel", channel);
        }
        return payload;
    }

    private ObjectNode option(String name, Object value, ObjectNode resolved, boolean inGuild) {
        ObjectNode option = JSON.createObjectNode().put("name", name);
        if (value instanceof UserOption) {
            String userId = ((UserOption) value).userId();
            option.put("type", 6).put("value", userId);
            resolved.withObjectProperty("users").set(userId, world.userJson(userId));
            if (inGuild) {
                ObjectNode member = world.memberJson(userId, true);
                member.remove("user");
                resolved.withObjectProperty("members").set(userId, member);
            }
        } else if (value instanceof Boolean) {
            option.put("type", 5).put("value", (Boolean) value);
        } else if (value instanceof Integer || value instanceof Long) {
            option.put("type", 4).put("value", ((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            option.put("type", 10).put("value", new BigDecimal(value.toString()));
        } else if (value instanceof String) {
            option.put("type", 3).put("value", (String) value);
        } else {
            throw new IllegalArgumentException("option " + name + ": no Discord option type for " + value.getClass().getName()
                    + " (use String, Integer/Long, Boolean, Double/BigDecimal or FakeDiscord.userOption(id))");
        }
        return option;
    }
}
