package app.bonusbot.chat.discord;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.modals.Modal;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageEditAction;
import net.dv8tion.jda.api.requests.restaction.interactions.MessageEditCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ModalCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Button clicks and modal submits as JDA hands them to a listener, mocked, with every response Bonusbot gives in the
 * order given: {@code defer}, {@code edit} (the message replaced, now or through the hook), {@code ephemeral} (a note
 * only the person sees, counted when it is made ephemeral) and {@code modal}.
 */
final class SurveyClicks {

    /** One response to an interaction. */
    record Step(String kind, MessageEditData edit, String text, Modal modal) {}

    final List<Step> steps = Collections.synchronizedList(new ArrayList<>());
    private int interactions;

    ButtonInteractionEvent button(String userId, String componentId) {
        return button(userId, componentId, nextId());
    }

    @SuppressWarnings("unchecked")
    ButtonInteractionEvent button(String userId, String componentId, String interactionId) {
        ButtonInteractionEvent event = mock(ButtonInteractionEvent.class);
        when(event.getComponentId()).thenReturn(componentId);
        when(event.getId()).thenReturn(interactionId);
        User user = user(userId);
        when(event.getUser()).thenReturn(user);
        MessageEditCallbackAction defer = mock(MessageEditCallbackAction.class);
        when(event.deferEdit()).thenAnswer(i -> record(new Step("defer", null, null, null), defer));
        InteractionHook hook = hook();
        when(event.getHook()).thenReturn(hook);
        when(event.editMessage(any(MessageEditData.class))).thenAnswer(i -> record(new Step("edit", i.getArgument(0), null, null), defer));
        when(event.reply(anyString())).thenAnswer(i -> {
            String text = i.getArgument(0);
            ReplyCallbackAction reply = mock(ReplyCallbackAction.class, RETURNS_SELF);
            when(reply.setEphemeral(true)).thenAnswer(e -> record(new Step("ephemeral", null, text, null), reply));
            return reply;
        });
        ModalCallbackAction modal = mock(ModalCallbackAction.class);
        when(event.replyModal(any(Modal.class))).thenAnswer(i -> record(new Step("modal", null, null, i.getArgument(0)), modal));
        return event;
    }

    ModalInteractionEvent modal(String userId, String modalId, String text) {
        ModalInteractionEvent event = mock(ModalInteractionEvent.class);
        when(event.getModalId()).thenReturn(modalId);
        when(event.getId()).thenReturn(nextId());
        User user = user(userId);
        when(event.getUser()).thenReturn(user);
        ModalMapping value = mock(ModalMapping.class);
        when(value.getAsString()).thenReturn(text);
        when(event.getValue(DiscordSurveyMessage.TEXT_INPUT)).thenReturn(value);
        MessageEditCallbackAction defer = mock(MessageEditCallbackAction.class);
        when(event.deferEdit()).thenAnswer(i -> record(new Step("defer", null, null, null), defer));
        InteractionHook hook = hook();
        when(event.getHook()).thenReturn(hook);
        return event;
    }

    List<String> kinds() {
        synchronized (steps) {
            return steps.stream().map(Step::kind).toList();
        }
    }

    /** The last message the form was replaced with. */
    MessageEditData lastEdit() {
        synchronized (steps) {
            for (int i = steps.size() - 1; i >= 0; i--) {
                if (steps.get(i).edit() != null) {
                    return steps.get(i).edit();
                }
            }
        }
        throw new AssertionError("no message was edited: " + kinds());
    }

    @SuppressWarnings("unchecked")
    private InteractionHook hook() {
        InteractionHook hook = mock(InteractionHook.class);
        WebhookMessageEditAction<net.dv8tion.jda.api.entities.Message> edit = mock(WebhookMessageEditAction.class);
        when(hook.editOriginal(any(MessageEditData.class))).thenAnswer(i -> record(new Step("edit", i.getArgument(0), null, null), edit));
        when(hook.sendMessage(anyString())).thenAnswer(i -> {
            String text = i.getArgument(0);
            WebhookMessageCreateAction<net.dv8tion.jda.api.entities.Message> send = mock(WebhookMessageCreateAction.class, RETURNS_SELF);
            when(send.setEphemeral(true)).thenAnswer(e -> record(new Step("ephemeral", null, text, null), send));
            return send;
        });
        return hook;
    }

    private static User user(String userId) {
        User user = mock(User.class);
        when(user.getId()).thenReturn(userId);
        return user;
    }

    private <T> T record(Step step, T action) {
        steps.add(step);
        return action;
    }

    private String nextId() {
        return Long.toString(1_300_000_000_000_000_000L + ++interactions);
    }
}
