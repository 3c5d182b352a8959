package app.bonusbot.core.dispute;

import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.people.Person;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Routes dispute notices over the chat platforms a process is connected to. Sales ops hears of a new case on every
 * platform: in its dispute channel when settings.yaml names one, else by direct message to each admin the platform
 * reaches, each in their own language. The seller is told the answer once, on the first platform that reaches them
 * and takes the message. Until platforms are connected (the CLI) nothing is sent; a resolved case whose seller was
 * not told is told later by the bot ({@code DisputeAnswers}).
 */
public final class DisputeMessenger {

    private record Connected(List<DisputeNotices> platforms, Consumer<RuntimeException> failures) {}

    private volatile Connected connected = new Connected(List.of(), e -> { });

    /**
     * @param platforms the connected platforms, in the order they are tried for a seller
     * @param failures told of each notice a platform could not deliver (the others are still sent)
     */
    public void deliverThrough(List<DisputeNotices> platforms, Consumer<RuntimeException> failures) {
        connected = new Connected(List.copyOf(platforms), failures);
    }

    public boolean isConnected() {
        return !connected.platforms().isEmpty();
    }

    /**
     * @param notice the notice in a language: the company's for a channel, each admin's own for a direct message
     * @return how many notices were delivered
     */
    public int toSalesOps(Function<Language, SalesOpsNotice> notice, List<Person> admins, Language companyLanguage) {
        Connected now = connected;
        int delivered = 0;
        for (DisputeNotices platform : now.platforms()) {
            if (platform.hasChannel()) {
                delivered += sent(now, () -> platform.toChannel(notice.apply(companyLanguage)));
                continue;
            }
            for (Person admin : admins) {
                if (platform.reaches(admin)) {
                    delivered += sent(now, () -> platform.toAdmin(admin, notice.apply(admin.language() == null ? companyLanguage : admin.language())));
                }
            }
        }
        return delivered;
    }

    /** @return whether a platform took the answer */
    public boolean toSeller(Person seller, SellerNotice notice) {
        Connected now = connected;
        for (DisputeNotices platform : now.platforms()) {
            if (platform.reaches(seller) && sent(now, () -> platform.toSeller(seller, notice)) == 1) {
                return true;
            }
        }
        return false;
    }

    private static int sent(Connected now, Runnable send) {
        try {
            send.run();
            return 1;
        } catch (RuntimeException e) {
            now.failures().accept(e);
            return 0;
        }
    }
}
