package app.bonusbot.core.survey;

import app.bonusbot.core.company.Company;
import app.bonusbot.core.people.Person;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Who a survey is for. Members are worked out from the directory on a given day, so leavers and joiners count right. */
public sealed interface Audience {

    /** The group a person's answers count in for group results: their team, or {@link #NO_TEAM}. */
    String NO_TEAM = "";

    List<Person> members(Company company, LocalDate on);

    /** The word(s) in surveys.yaml, for messages and JSON. */
    String describe();

    static String groupOf(Person person) {
        return person.teamId() == null ? NO_TEAM : person.teamId();
    }

    /**
     * Everyone active on the day who is on at least one bonus plan and does not manage a team: the sellers the plan is
     * about. Managers (who may hold stock grants, say) have their own audience.
     */
    record AllSellers() implements Audience {
        @Override
        public List<Person> members(Company company, LocalDate on) {
            return company.directory().people().stream()
                    .filter(p -> p.activeOn(on))
                    .filter(p -> !company.plansOf(p).isEmpty())
                    .filter(p -> company.directory().teamsManagedBy(p.id()).isEmpty())
                    .toList();
        }

        @Override
        public String describe() {
            return "all_sellers";
        }
    }

    /** The active members of one team on the day, after the dated teams of people who move between teams. */
    record OfTeam(String teamId) implements Audience {
        public OfTeam {
            Objects.requireNonNull(teamId, "teamId");
        }

        @Override
        public List<Person> members(Company company, LocalDate on) {
            return company.directory().membersOn(teamId, on).stream().filter(p -> p.activeOn(on)).toList();
        }

        @Override
        public String describe() {
            return "team: " + teamId;
        }
    }

    /** Everyone active on the day who manages a team. */
    record Managers() implements Audience {
        @Override
        public List<Person> members(Company company, LocalDate on) {
            return company.directory().people().stream()
                    .filter(p -> p.activeOn(on))
                    .filter(p -> !company.directory().teamsManagedBy(p.id()).isEmpty())
                    .toList();
        }

        @Override
        public String describe() {
            return "managers";
        }
    }
}
