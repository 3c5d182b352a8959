package app.bonusbot.architecturefixture.core;

import app.bonusbot.architecturefixture.store.Ledger;
import java.io.File;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.sql.Connection;
import net.dv8tion.jda.api.JDA;
import org.jfree.chart.JFreeChart;

/** Core classes that each reach for something the core must not use. */
public final class CoreBreaches {

    private CoreBreaches() {}

    public static final class UsesTheStore {
        public Ledger ledger;
    }

    public static final class UsesJdbc {
        public Connection connection;
    }

    public static final class UsesHttp {
        public HttpClient client;
    }

    public static final class ReadsFiles {
        public Path path;
    }

    public static final class OpensAFile {
        public File file;
    }

    public static final class UsesJda {
        public JDA jda;
    }

    public static final class DrawsAChart {
        public JFreeChart chart;
    }
}
