package app.bonusbot.crm.hubspot;

import java.util.ArrayList;
import java.util.List;

/** An owner from HubSpot's owners API: the user a deal's {@code hubspot_owner_id} names. */
public record HubSpotOwner(String id, String email, String firstName, String lastName) {

    /** First and last name, as the CSV export's "Deal owner" column writes it; null when HubSpot has neither. */
    public String fullName() {
        List<String> parts = new ArrayList<>();
        if (firstName != null && !firstName.isBlank()) {
            parts.add(firstName.trim());
        }
        if (lastName != null && !lastName.isBlank()) {
            parts.add(lastName.trim());
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    /** The owner references to try, in the order the import's matching prefers them: id, e-mail, full name. */
    List<String> references() {
        List<String> refs = new ArrayList<>();
        refs.add(id);
        if (email != null && !email.isBlank()) {
            refs.add(email.trim());
        }
        if (fullName() != null) {
            refs.add(fullName());
        }
        return refs;
    }
}
