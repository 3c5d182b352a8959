package app.bonusbot.chat.slack;

import app.bonusbot.chat.ChatFailure;
import app.bonusbot.chat.ChatLanguage;
import app.bonusbot.chat.RecentIds;
import app.bonusbot.core.command.BonusCommand;
import app.bonusbot.core.command.CommandHandler;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.reply.Block;
import app.bonusbot.core.time.PeriodRequest;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The App Home tab: on {@code app_home_opened} the event is acknowledged, then the tab is published with the
 * person's current status, and for a manager their team's overview below it. Someone Bonusbot does not know sees the
 * "not enrolled" answer and their Slack member id, which is what sales ops needs to add them. An event id seen before
 * is Slack retrying: acknowledged, not published again.
 */
final class HomeTab implements BoltEventHandler<AppHomeOpenedEvent> {

    private static final Logger log = LoggerFactory.getLogger(HomeTab.class);

    private final SlackApi api;
    private final CommandHandler commands;
    private final Supplier<Company> company;
    private final SlackPeople people;
    private final BlockKitRenderer renderer = new BlockKitRenderer();
    private final RecentIds deliveries;
    private final Executor executor;

    HomeTab(SlackApi api, CommandHandler commands, Supplier<Company> company, SlackPeople people, RecentIds deliveries, Executor executor) {
        this.api = api;
        this.commands = commands;
        this.company = company;
        this.people = people;
        this.deliveries = deliveries;
        this.executor = executor;
    }

    @Override
    public Response apply(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext ctx) {
        AppHomeOpenedEvent event = payload.getEvent();
        if (!"home".equals(event.getTab())) {
            return ctx.ack();
        }
        if (payload.getEventId() != null && !deliveries.firstTime("event", payload.getEventId())) {
            log.info("app_home_opened {} delivered again (retry {}): already handled", payload.getEventId(), ctx.getRetryNum());
            return ctx.ack();
        }
        try {
            executor.execute(() -> publish(event.getUser()));
        } catch (RejectedExecutionException e) {
            log.warn("Home tab of {} not refreshed: no worker free", event.getUser());
        }
        return ctx.ack();
    }

    private void publish(String userId) {
        View view;
        try {
            view = view(userId);
        } catch (RuntimeException e) {
            log.error("Home tab of {} failed ({})", userId, e.getMessage(), ChatFailure.isBusy(e) ? null : e);
            Texts texts = ChatLanguage.fallback(company);
            view = home(List.of(new Block.Header(texts.get("home.header")), new Block.Text(texts.get(ChatFailure.textKey(e)))), texts);
        }
        try {
            api.publishView(userId, view);
        } catch (RuntimeException e) {
            log.error("Home tab of {} could not be published ({})", userId, e.getMessage());
        }
    }

    private View view(String userId) {
        String personId = people.personId(userId);
        Company c = company.get();
        Texts texts = ChatLanguage.texts(c, personId);
        List<Block> blocks = new ArrayList<>();
        if (personId == null) {
            blocks.add(new Block.Header(texts.get("home.header")));
            blocks.addAll(commands.handle(null, new BonusCommand.Status(PeriodRequest.CURRENT)).blocks());
            blocks.add(new Block.Context(texts.get("slack.member_id", userId)));
            return home(blocks, texts);
        }
        blocks.addAll(commands.handle(personId, new BonusCommand.Status(PeriodRequest.CURRENT)).blocks());
        if (!c.directory().teamsManagedBy(personId).isEmpty()) {
            blocks.add(new Block.Divider());
            blocks.addAll(commands.handle(personId, new BonusCommand.TeamOverview(PeriodRequest.CURRENT)).blocks());
        }
        blocks.add(new Block.Divider());
        blocks.add(new Block.Context(texts.get("home.footer")));
        return home(blocks, texts);
    }

    private View home(List<Block> blocks, Texts texts) {
        return View.builder().type("home").blocks(renderer.blocks(blocks, BlockKitRenderer.VIEW_BLOCKS, texts)).build();
    }
}
