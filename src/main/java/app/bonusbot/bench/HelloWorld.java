package app.bonusbot.bench;

/** The floor of a start-up: a JVM with the bot's class path that prints one line and exits. */
public final class HelloWorld {

    static final String LINE = "hello, world";

    private HelloWorld() {}

    public static void main(String[] args) {
        System.out.println(LINE);
    }
}
