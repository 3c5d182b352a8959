package app.bonusbot.core.people;

import java.util.regex.Pattern;

/** Discord's ids of users, servers and channels: a number of 15 to 21 digits, written as text. */
public final class Snowflake {

    private static final Pattern DIGITS = Pattern.compile("\\d{15,21}");

    private Snowflake() {}

    public static boolean matches(String text) {
        return text != null && DIGITS.matcher(text).matches();
    }
}
