package app.bonusbot.crm.hubspot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The token checked once at start: which portal it reaches (account details) and which of the scopes the sync needs
 * it lacks (the private app token's info), each missing scope said with what it is for.
 */
public record TokenCheck(String portal, String domain, List<String> missing) {

    /** The scopes the sync reads with, and why. */
    static final Map<String, String> SCOPES = new LinkedHashMap<>();

    static {
        SCOPES.put("crm.objects.deals.read", "to read deals, search them by modification time, and read the deal pipelines and their stages");
        SCOPES.put("crm.objects.owners.read", "to read the deal owners, whom deals are matched to people by");
    }

    static final String LINE_ITEMS = "crm.objects.line_items.read";

    static TokenCheck of(HubSpotApi api, boolean readProducts) {
        HubSpotApi.TokenInfo token = api.tokenInfo();
        HubSpotApi.AccountInfo account = api.account();
        Map<String, String> needed = new LinkedHashMap<>(SCOPES);
        if (readProducts) {
            needed.put(LINE_ITEMS, "to read deals' line items, because a plan filters on product");
        }
        List<String> missing = new ArrayList<>();
        needed.forEach((scope, why) -> {
            if (!token.scopes().contains(scope)) {
                missing.add(scope + " (" + why + ")");
            }
        });
        String portal = account.portalId() != null ? account.portalId() : token.hubId();
        return new TokenCheck(portal, account.uiDomain(), missing);
    }

    /** e.g. {@code HubSpot portal 4711 (app.hubspot.com): the token has every scope the sync needs}. */
    public String describe() {
        String where = "HubSpot portal " + portal + (domain == null ? "" : " (" + domain + ")");
        if (missing.isEmpty()) {
            return where + ": the token has every scope the sync needs";
        }
        return where + ": the private app lacks " + String.join("; ", missing) + ". Add the scopes in HubSpot (README, Connect HubSpot).";
    }
}
