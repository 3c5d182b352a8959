package app.bonusbot.store;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One schema step, a classpath file {@code db/migration/V<version>__<description>.sql}.
 *
 * @param description the file name's description part, underscores as spaces
 */
record Migration(int version, String description, String resource) {

    private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");

    static Migration fromFileName(String fileName) {
        Matcher m = FILE_NAME.matcher(fileName);
        if (!m.matches()) {
            throw new IllegalArgumentException("migration file name must look like V1__description.sql: " + fileName);
        }
        return new Migration(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), "db/migration/" + fileName);
    }
}
