package app.bonusbot.core.dispute;

import app.bonusbot.core.people.Person;

/**
 * One chat platform's delivery of dispute notices, privately: sales ops' notice of a new case in the platform's
 * configured dispute channel or by direct message to an admin, and the answer by direct message to the seller. A
 * notice that cannot be delivered throws.
 */
public interface DisputeNotices {

    /** Whether the platform knows how to reach the person by direct message (a chat id, or an e-mail to look them up by). */
    boolean reaches(Person person);

    /** Whether settings.yaml names a private channel for this platform's dispute notices (then admins get no DM here). */
    boolean hasChannel();

    void toChannel(SalesOpsNotice notice);

    void toAdmin(Person admin, SalesOpsNotice notice);

    void toSeller(Person seller, SellerNotice notice);
}
