package app.bonusbot.crm.hubspot;

import java.util.List;
import java.util.Optional;

/** One page of deals and the paging token of the next; empty after the last page. */
record DealPage(List<HubSpotDeal> deals, Optional<String> after) {
    DealPage {
        deals = List.copyOf(deals);
    }
}
