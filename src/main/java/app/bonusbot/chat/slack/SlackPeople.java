package app.bonusbot.chat.slack;

import app.bonusbot.core.people.ChatPlatform;
import app.bonusbot.core.people.Directory;
import app.bonusbot.core.people.Person;
import app.bonusbot.store.ChatIdentity;
import app.bonusbot.store.ChatIdentityStore;
import com.slack.api.model.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who a Slack user is in Bonusbot, and back. A {@code slack_id} in the people configuration decides; without one, the
 * Slack profile's e-mail is matched with the people's e-mails ({@code users.info}, which needs the
 * {@code users:read.email} scope), and the answer is kept in the store so Slack is asked once, not per command.
 * "Nobody" is kept too, but only for {@link #UNKNOWN_FOR}, or until someone with that e-mail is added to the people.
 * A person with a {@code slack_id} belongs to that Slack user only: another account with the same e-mail is not them.
 */
public final class SlackPeople {

    public static final String PLATFORM = "slack";
    /** How long a match by e-mail is trusted before Slack is asked again (e-mails in Slack can change). */
    static final Duration KNOWN_FOR = Duration.ofDays(7);
    /** How long "nobody in Bonusbot has this Slack user's e-mail" is trusted. */
    static final Duration UNKNOWN_FOR = Duration.ofMinutes(10);
    private static final int REMEMBERED_DM_TARGETS = 10_000;

    private static final Logger log = LoggerFactory.getLogger(SlackPeople.class);

    private final SlackApi api;
    private final ChatIdentityStore cache;
    private final Supplier<Directory> directory;
    private final Clock clock;
    /** Person id → Slack user found by {@code users.lookupByEmail}, with the e-mail that found it. */
    private final Map<String, ChatIdentity> slackUsers = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ChatIdentity> eldest) {
            return size() > REMEMBERED_DM_TARGETS;
        }
    };

    public SlackPeople(SlackApi api, ChatIdentityStore cache, Supplier<Directory> directory, Clock clock) {
        this.api = api;
        this.cache = cache;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * The person id of a Slack user, or null when Bonusbot does not know them (the command layer then answers "not
     * enrolled"). Throws a {@link SlackCallException} when Slack had to be asked and did not answer.
     */
    public String personId(String slackUserId) {
        if (slackUserId == null || slackUserId.isBlank()) {
            return null;
        }
        Directory people = directory.get();
        Optional<Person> configured = people.byChatId(ChatPlatform.SLACK, slackUserId);
        if (configured.isPresent()) {
            return configured.get().id();
        }
        Instant now = clock.instant();
        Optional<ChatIdentity> cached = cache.find(PLATFORM, slackUserId);
        if (cached.isPresent() && stillValid(cached.get(), people, now)) {
            return cached.get().personId();
        }
        Optional<User> member = api.userInfo(slackUserId).filter(u -> !u.isDeleted() && !u.isBot());
        String email = member.map(User::getProfile).map(User.Profile::getEmail).filter(e -> !e.isBlank()).orElse(null);
        if (member.isPresent() && email == null) {
            log.warn("users.info gave no e-mail for Slack user {}: without the users:read.email scope nobody is found by e-mail", slackUserId);
        }
        Person person = email == null ? null : people.byEmail(email).filter(p -> p.chatId(ChatPlatform.SLACK).isEmpty()).orElse(null);
        remember(new ChatIdentity(PLATFORM, slackUserId, person == null ? null : person.id(), email, now));
        return person == null ? null : person.id();
    }

    /**
     * The Slack user to send a person a direct message: their {@code slack_id}, or the workspace member with their
     * e-mail ({@code users.lookupByEmail}), remembered. Empty when Slack has nobody with that e-mail.
     */
    public Optional<String> slackUserId(Person person) {
        Optional<String> own = person.chatId(ChatPlatform.SLACK);
        if (own.isPresent()) {
            return own;
        }
        if (person.email() == null || person.email().isBlank()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        synchronized (slackUsers) {
            ChatIdentity known = slackUsers.get(person.id());
            if (known != null && person.email().equalsIgnoreCase(known.email()) && known.resolvedAt().plus(KNOWN_FOR).isAfter(now)) {
                return Optional.of(known.chatUserId());
            }
        }
        Optional<String> userId = api.userByEmail(person.email()).filter(u -> !u.isDeleted() && !u.isBot()).map(User::getId);
        userId.ifPresent(id -> {
            ChatIdentity found = new ChatIdentity(PLATFORM, id, person.id(), person.email(), now);
            synchronized (slackUsers) {
                slackUsers.put(person.id(), found);
            }
            remember(found);
        });
        return userId;
    }

    /** Whether a direct message to the person can be tried: they have a slack_id, or an e-mail to find their Slack user by. */
    static boolean reachable(Person person) {
        return person.chatId(ChatPlatform.SLACK).isPresent() || person.email() != null;
    }

    /** The Slack user to send the person a direct message, as {@link #slackUserId}; nobody is a failed chat.postMessage. */
    String userToMessage(Person person) {
        return slackUserId(person).orElseThrow(() -> new SlackCallException("chat.postMessage",
                "no Slack user for " + person.id() + " (no slack_id in people.yaml, and no Slack member with their e-mail)"));
    }

    /**
     * Keeps Slack's answer when the store can take it now. The answer never depends on it: while another process
     * writes (an import), or if the write fails, the answer goes on with what Slack said and Slack is asked again
     * next time.
     */
    private void remember(ChatIdentity identity) {
        try {
            if (!cache.remember(identity)) {
                log.warn("Slack user {} not remembered: another process is writing to the database; Slack is asked again next time",
                        identity.chatUserId());
            }
        } catch (RuntimeException e) {
            log.warn("Slack user {} not remembered ({}); Slack is asked again next time", identity.chatUserId(), e.getMessage());
        }
    }

    /**
     * A remembered answer holds while it is young enough and still true of the configuration: the person is still
     * there, with the same e-mail and no {@code slack_id} of their own.
     */
    private static boolean stillValid(ChatIdentity known, Directory people, Instant now) {
        if (known.personId() == null) {
            boolean addedSince = known.email() != null && people.byEmail(known.email()).isPresent();
            return !addedSince && known.resolvedAt().plus(UNKNOWN_FOR).isAfter(now);
        }
        Optional<Person> person = people.person(known.personId());
        return known.resolvedAt().plus(KNOWN_FOR).isAfter(now)
                && person.isPresent()
                && person.get().chatId(ChatPlatform.SLACK).isEmpty()
                && person.get().email() != null
                && person.get().email().equalsIgnoreCase(known.email());
    }
}
