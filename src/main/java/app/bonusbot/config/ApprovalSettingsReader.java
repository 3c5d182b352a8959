package app.bonusbot.config;

import app.bonusbot.core.approval.ApprovalSettings;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * settings.yaml {@code approval:}: {@code required} (whether each manager must approve their team's statements before
 * a period can be closed; default false) and {@code remind_at} (when in the day managers who have not approved are
 * reminded, HH:mm in the company's time zone; default 09:00).
 */
final class ApprovalSettingsReader {

    static final List<String> FIELDS = List.of("required", "remind_at");

    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");
    private static final Map<String, Boolean> FLAGS = new LinkedHashMap<>();

    static {
        // In this order in the message that lists them.
        FLAGS.put("true", true);
        FLAGS.put("false", false);
        FLAGS.put("yes", true);
        FLAGS.put("no", false);
    }

    private ApprovalSettingsReader() {}

    static Optional<ApprovalSettings> read(YamlNode node) {
        Optional<YamlMap> section = node.map();
        if (section.isEmpty()) {
            return Optional.empty();
        }
        YamlMap m = section.get().only(FIELDS);
        Optional<Boolean> required = m.optional("required").map(n -> n.choice(FLAGS)).orElse(Optional.of(false));
        Optional<LocalTime> remindAt = m.optional("remind_at").map(ApprovalSettingsReader::time).orElse(Optional.of(ApprovalSettings.DEFAULT_REMIND_AT));
        if (required.isEmpty() || remindAt.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ApprovalSettings(required.get(), remindAt.get()));
    }

    private static Optional<LocalTime> time(YamlNode node) {
        return node.text().flatMap(text -> {
            Matcher m = TIME.matcher(text.trim());
            if (m.matches() && Integer.parseInt(m.group(1)) <= 23 && Integer.parseInt(m.group(2)) <= 59) {
                return Optional.of(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            node.report("must be a time of day written HH:mm (00:00–23:59), quoted: remind_at: \"09:00\"; not '" + text + "'");
            return Optional.empty();
        });
    }
}
