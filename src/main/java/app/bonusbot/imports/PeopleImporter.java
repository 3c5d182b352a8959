package app.bonusbot.imports;

import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.people.ChatPlatform;
import app.bonusbot.core.people.Directory;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.people.Snowflake;
import app.bonusbot.core.people.Team;
import app.bonusbot.store.DirectoryStore;
import app.bonusbot.store.ImportKind;
import app.bonusbot.store.UpsertCounts;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Imports people: {@code id,name,email,team,hire_date,leave_date,language,slack_id,discord_id}, of which id and
 * name are required columns. A column the file leaves out keeps an existing person's value; an empty cell clears
 * it. People defined in bot-config/people.yaml are changed there, not by import. Deals whose CRM owner names an
 * imported person are linked to them.
 */
public final class PeopleImporter implements CsvImporter {

    static final String ID = "id";
    static final String NAME = "name";
    static final String EMAIL = "email";
    static final String TEAM = "team";
    static final String HIRE_DATE = "hire_date";
    static final String LEAVE_DATE = "leave_date";
    static final String LANGUAGE = "language";
    static final String SLACK_ID = "slack_id";
    static final String DISCORD_ID = "discord_id";

    private static final Pattern NO_SPACES = Pattern.compile("\\S+");
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private final DirectoryStore store;
    private final Set<String> configPeople;

    /** @param configDirectory the directory of bot-config/people.yaml, whose people an import may not change */
    public PeopleImporter(DirectoryStore store, Directory configDirectory) {
        this.store = store;
        this.configPeople = configDirectory.people().stream().map(Person::id).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public ImportResult importCsv(String fileName, Reader reader, ImportProgress progress) throws IOException {
        ImportErrors errors = new ImportErrors(fileName);
        CsvTable table = CsvTable.read(reader, errors);
        if (table.header() == null || !hasColumns(table.header(), errors, ID, NAME)) {
            return ImportResult.failed(ImportKind.PEOPLE, errors);
        }
        Directory current = store.loadDirectory();
        Map<String, Long> lineOfId = new HashMap<>();
        Map<Person, Row> imported = new LinkedHashMap<>();
        for (CsvRecord record : table.records()) {
            Row row = new Row(record, table.header(), errors);
            Person person = parse(row, current, lineOfId);
            if (person != null) {
                imported.put(person, row);
            }
        }
        new UniqueHandles(current, imported).check();
        if (!errors.isEmpty()) {
            return ImportResult.failed(ImportKind.PEOPLE, errors);
        }
        long total = imported.size();
        UpsertCounts counts = store.importPeople(fileName, List.copyOf(imported.keySet()), done -> progress.rowsDone(done, total));
        return ImportResult.succeeded(ImportKind.PEOPLE, fileName, counts, List.of());
    }

    static boolean hasColumns(CsvHeader header, ImportErrors errors, String... columns) {
        boolean all = true;
        for (String column : columns) {
            if (!header.has(column)) {
                errors.add(1, column, "the header has no such column");
                all = false;
            }
        }
        return all;
    }

    private Person parse(Row row, Directory current, Map<String, Long> lineOfId) {
        String id = row.required(ID);
        if (id != null) {
            Long first = lineOfId.putIfAbsent(id, row.line());
            if (first != null) {
                row.error(ID, FieldError.quoted(id) + " is also on line " + first);
            } else if (!NO_SPACES.matcher(id).matches()) {
                row.error(ID, FieldError.quoted(id) + " contains a space");
            } else if (configPeople.contains(id)) {
                row.error(ID, FieldError.quoted(id) + " is defined in bot-config/people.yaml; change this person there");
            }
        }
        String name = row.required(NAME);
        String email = row.parse(EMAIL, PeopleImporter::email);
        String team = row.parse(TEAM, text -> team(text, current));
        LocalDate hired = row.parse(HIRE_DATE, PeopleImporter::date);
        LocalDate left = row.parse(LEAVE_DATE, PeopleImporter::date);
        if (hired != null && left != null && left.isBefore(hired)) {
            row.error(LEAVE_DATE, left + " is before the hire date " + hired);
        }
        Language language = row.parse(LANGUAGE, PeopleImporter::language);
        String discordId = row.parse(DISCORD_ID, PeopleImporter::discordId);
        if (row.isBad()) {
            return null;
        }
        Person old = current.person(id).orElse(null);
        Map<ChatPlatform, String> chatIds = new EnumMap<>(ChatPlatform.class);
        chatIds.put(ChatPlatform.SLACK, keep(row, SLACK_ID, row.text(SLACK_ID), old, chatId(ChatPlatform.SLACK)));
        chatIds.put(ChatPlatform.DISCORD, keep(row, DISCORD_ID, discordId, old, chatId(ChatPlatform.DISCORD)));
        return new Person(id, name, keep(row, EMAIL, email, old, Person::email), keep(row, TEAM, team, old, Person::teamId),
                keep(row, HIRE_DATE, hired, old, Person::hireDate), keep(row, LEAVE_DATE, left, old, Person::leaveDate),
                keep(row, LANGUAGE, language, old, Person::language), chatIds);
    }

    /** A person's user id on the platform, or null when they are not on it. */
    private static Function<Person, String> chatId(ChatPlatform platform) {
        return p -> p.chatId(platform).orElse(null);
    }

    /** The file's value when it has the column; otherwise what the person had (nothing, for someone new). */
    private static <T> T keep(Row row, String column, T value, Person old, Function<Person, T> field) {
        if (row.has(column) || old == null) {
            return value;
        }
        return field.apply(old);
    }

    private static String email(String text) throws FieldError {
        if (text != null && !EMAIL_ADDRESS.matcher(text).matches()) {
            throw new FieldError(FieldError.quoted(text) + " is not an e-mail address");
        }
        return text;
    }

    private static String team(String text, Directory current) throws FieldError {
        if (text != null && current.team(text).isEmpty()) {
            String known = current.teams().stream().map(Team::id).sorted().collect(Collectors.joining(", "));
            throw new FieldError(FieldError.quoted(text) + " is not a team" + (known.isEmpty() ? "" : " (teams: " + known + ")"));
        }
        return text;
    }

    static LocalDate date(String text) throws FieldError {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new FieldError(FieldError.quoted(text) + " is not a date; use yyyy-MM-dd");
        }
    }

    /** A Discord user id is a snowflake; a spreadsheet's 7E+17 or a user name would never match anyone. */
    private static String discordId(String text) throws FieldError {
        if (text != null && !Snowflake.matches(text)) {
            throw new FieldError(FieldError.quoted(text) + " is not a Discord user id: a number of 15 to 21 digits (in Discord, with Developer Mode"
                    + " on: right-click the person, Copy User ID)");
        }
        return text;
    }

    private static Language language(String text) throws FieldError {
        if (text == null) {
            return null;
        }
        return Language.fromCode(text).orElseThrow(() -> new FieldError(FieldError.quoted(text) + " is not a language; use en or da"));
    }

    /**
     * E-mail, Slack id and Discord id each name one person: the bot finds people by them. Checked over everyone
     * as the import would leave them, so two people may swap values in one file.
     */
    private record UniqueHandles(Directory current, Map<Person, Row> imported) {

        void check() {
            Map<String, Person> after = new LinkedHashMap<>();
            current.people().forEach(p -> after.put(p.id(), p));
            imported.keySet().forEach(p -> after.put(p.id(), p));
            check(after, EMAIL, p -> p.email() == null ? null : p.email().toLowerCase(Locale.ROOT));
            check(after, SLACK_ID, chatId(ChatPlatform.SLACK));
            check(after, DISCORD_ID, chatId(ChatPlatform.DISCORD));
        }

        private void check(Map<String, Person> after, String column, Function<Person, String> handle) {
            Map<String, List<Person>> byHandle = after.values().stream()
                    .filter(p -> handle.apply(p) != null)
                    .collect(Collectors.groupingBy(handle, LinkedHashMap::new, Collectors.toList()));
            for (Person person : imported.keySet()) {
                String value = handle.apply(person);
                List<Person> holders = value == null ? List.of() : byHandle.get(value);
                if (holders.size() > 1) {
                    List<String> others = new ArrayList<>();
                    holders.stream().filter(p -> !p.id().equals(person.id())).forEach(p -> others.add(p.id()));
                    imported.get(person).error(column, FieldError.quoted(value) + " also belongs to " + String.join(", ", others));
                }
            }
        }
    }
}
