package app.bonusbot.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A small valid bot-config/ in a temporary directory; a test overwrites the one file it breaks. */
final class ConfigDir {

    static final String SETTINGS = """
            company: Testfirma ApS
            time_zone: Europe/Copenhagen
            currency: DKK
            language: da
            admins: [boss]
            """;

    static final String PEOPLE = """
            teams:
              - id: sales
                name: Sales
                manager: boss
            people:
              - id: boss
                name: Bo Ss
              - id: anna
                name: Anna Holm
                team: sales
                hire_date: 2024-01-01
            """;

    static final String PLANS = """
            plans:
              - id: bonus
                kind: performance
                name: Bonus
                period: quarter
                enrolment: {teams: [sales]}
                metric: {type: sum}
                bands:
                  - {from: 0, rate: 1}
                target: 1000
                target_bonus: 100
            """;

    static final String TARGETS = """
            targets:
              - {person: anna, plan: bonus, period: 2026-Q4, target: 2000, target_bonus: 200}
            """;

    private final Path dir;

    private ConfigDir(Path dir) {
        this.dir = dir;
    }

    static ConfigDir valid(Path dir) {
        return new ConfigDir(dir).with("settings.yaml", SETTINGS).with("people.yaml", PEOPLE).with("plans.yaml", PLANS)
                .with("targets.yaml", TARGETS);
    }

    ConfigDir with(String file, String content) {
        try {
            Files.writeString(dir.resolve(file), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A plans.yaml with the one plan given (indented as a list item under plans:). */
    ConfigDir withPlan(String plan) {
        return with("plans.yaml", "plans:\n" + plan.indent(2));
    }

    ConfigDir without(String file) {
        try {
            Files.delete(dir.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Path path() {
        return dir;
    }

    List<String> problems() {
        return ConfigLoader.check(dir).stream().map(ConfigProblem::toString).toList();
    }

    BotConfig load() {
        return ConfigLoader.load(dir);
    }
}
