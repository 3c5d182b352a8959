package app.bonusbot.chat.console;

import app.bonusbot.core.dispute.DisputeNotices;
import app.bonusbot.core.dispute.SalesOpsNotice;
import app.bonusbot.core.dispute.SellerNotice;
import app.bonusbot.core.people.Person;
import java.util.function.Consumer;

/**
 * Dispute notices in the terminal: the person at the console reads the ones addressed to them (an admin's notice of
 * a new case, a seller's answer) as a direct message; nobody else is at this terminal, so the others are not printed.
 * The console has no dispute channel.
 */
public final class ConsoleDisputeNotices implements DisputeNotices {

    private final String consolePersonId;
    private final Consumer<String> printer;
    private final TextRenderer renderer = new TextRenderer();

    /** @param printer receives each message as one piece of text, e.g. the console chat's inbox */
    public ConsoleDisputeNotices(String consolePersonId, Consumer<String> printer) {
        this.consolePersonId = consolePersonId;
        this.printer = printer;
    }

    /** Only the person at the console. */
    @Override
    public boolean reaches(Person person) {
        return person.id().equals(consolePersonId);
    }

    @Override
    public boolean hasChannel() {
        return false;
    }

    @Override
    public void toChannel(SalesOpsNotice notice) {
        throw new IllegalStateException("the console has no dispute channel");
    }

    @Override
    public void toAdmin(Person admin, SalesOpsNotice notice) {
        print(admin, renderer.render(notice.body()));
    }

    @Override
    public void toSeller(Person seller, SellerNotice notice) {
        print(seller, renderer.render(notice.body()));
    }

    private void print(Person person, String text) {
        if (reaches(person)) {
            printer.accept("── Direct message from Bonusbot ──\n" + text);
        }
    }
}
