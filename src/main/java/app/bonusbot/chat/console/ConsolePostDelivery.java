package app.bonusbot.chat.console;

import app.bonusbot.core.announce.PostDelivery;
import app.bonusbot.core.announce.TeamPostTarget;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.people.ChatPlatform;
import app.bonusbot.core.reply.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Team posts in the terminal: the post as text, and its chart written as a PNG file whose path is printed, e.g.
 * {@code data/charts/nordics-2026-W50.png}.
 */
public final class ConsolePostDelivery implements PostDelivery {

    private final Path chartDirectory;
    private final Consumer<String> printer;
    private final Texts frame;
    private final TextRenderer renderer = new TextRenderer();

    /**
     * @param chartDirectory where charts are written (created when missing)
     * @param printer receives each post as one piece of text
     * @param frame the language of the lines around each post (where it goes, its chart): the run's, while the post
     *     itself is in its team's language, as it is posted
     */
    public ConsolePostDelivery(Path chartDirectory, Consumer<String> printer, Texts frame) {
        this.chartDirectory = chartDirectory;
        this.printer = printer;
        this.frame = frame;
    }

    /** Charts next to the database: {@code data/bonusbot.db} keeps them in {@code data/charts/}. */
    public static Path chartDirectoryFor(Path databaseFile) {
        Path parent = databaseFile.getParent();
        return parent == null ? Path.of("charts") : parent.resolve("charts");
    }

    @Override
    public String platform() {
        return "the terminal";
    }

    /** The chart is written first, so that the printed post can name its file; printing it is the post. */
    @Override
    public void deliver(TeamPostTarget target, Reply post, byte[] chartPng, Receipt receipt) {
        Path chart = write(chartFile(target), chartPng);
        printer.accept(heading(target) + "\n" + renderer.render(post) + "  " + frame.get("post.console.chart", chart) + "\n");
        receipt.posted();
    }

    /** The file a post's chart is written to, e.g. {@code nordics-2026-W50.png} or {@code nordics-2026-W50-manager.png}. */
    public Path chartFile(TeamPostTarget target) {
        String suffix = target instanceof TeamPostTarget.ManagerDm ? "-manager" : "";
        return chartDirectory.resolve(target.team().id() + "-" + target.week() + suffix + ".png");
    }

    /** The line that says where the post would go on a chat platform. */
    public String heading(TeamPostTarget target) {
        if (target instanceof TeamPostTarget.ManagerDm dm) {
            return frame.get("post.console.dm", dm.manager().name(), dm.team().name());
        }
        TeamPostTarget.Channel channel = (TeamPostTarget.Channel) target;
        List<String> where = new ArrayList<>();
        channel.channel(ChatPlatform.SLACK).ifPresent(id -> where.add(frame.get("post.console.slack", id)));
        channel.channel(ChatPlatform.DISCORD).ifPresent(id -> where.add(frame.get("post.console.discord", id)));
        return frame.get("post.console.channel", channel.team().name(), String.join(", ", where), channel.week());
    }

    private static Path write(Path file, byte[] png) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, png);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the chart " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }
}
