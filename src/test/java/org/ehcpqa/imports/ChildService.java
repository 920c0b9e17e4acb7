package org.ehcpqa.imports;

import org.ehcpqa.support.ApiClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The service run as a separate JVM, so a test can kill it with SIGKILL (no shutdown hooks, no
 * finally blocks: what a power cut or the OOM killer does) and start it again on the same data.
 */
final class ChildService implements AutoCloseable {

    private final Process process;
    private final URI base;

    private ChildService(Process process, URI base) {
        this.process = process;
        this.base = base;
    }

    /** Starts the service and waits until it answers its health check. */
    static ChildService start(Path dataDir, Map<String, String> properties, Path log, Duration patience) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                "-cp", System.getProperty("java.class.path"),
                "-Dehcpqa.data-dir=" + dataDir, "-Dmicronaut.server.port=" + port));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("org.ehcpqa.Application");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            ChildService child = new ChildService(process, URI.create("http://127.0.0.1:" + port));
            child.awaitHealthy(patience);
            return child;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI base() {
        return base;
    }

    /** SIGKILL on Linux: the JVM gets no chance to tidy up. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitHealthy(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        ApiClient anonymous = ApiClient.anonymous(base);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service exited with " + process.exitValue() + " while starting");
            }
            try {
                if (anonymous.get("/health").statusCode() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            pause(Duration.ofMillis(500));
        }
        close();
        throw new IllegalStateException("The service did not become healthy within " + patience);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
