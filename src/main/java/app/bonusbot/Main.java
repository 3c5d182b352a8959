package app.bonusbot;

import app.bonusbot.cli.Cli;

public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(Cli.run(args));
    }
}
