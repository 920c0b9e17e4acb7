package org.ehcpqa.synthetic;

import io.micronaut.serde.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a corpus of synthetic plans into a directory, each file with {@code <file>.truth.json}
 * beside it.
 *
 * <pre>
 * mvn dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/classes:$(cat cp.txt) org.ehcpqa.synthetic.SyntheticCorpusWriter OUT_DIR [COUNT] [SEED] [PAGES]
 * </pre>
 * PAGES fixes the target page count; without it each plan draws its own (12 to 28).
 */
public final class SyntheticCorpusWriter {
    private final SyntheticPlanGenerator generator;

    public SyntheticCorpusWriter(SyntheticPlanGenerator generator) {
        this.generator = generator;
    }

    /** Writes {@code count} plans (all styles and formats in turn) and returns the files written. */
    public List<Path> write(Path directory, long seed, int count) throws IOException {
        Files.createDirectories(directory);
        ObjectMapper json = ObjectMapper.getDefault();
        List<Path> written = new java.util.ArrayList<>();
        for (GeneratedPlan plan : generator.corpus(seed, count)) {
            Path file = directory.resolve(plan.fileName());
            Files.write(file, plan.content());
            Files.writeString(directory.resolve(plan.fileName() + ".truth.json"), json.writeValueAsString(plan.truth()));
            written.add(file);
        }
        return written;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SyntheticCorpusWriter OUT_DIR [COUNT=48] [SEED=1] [PAGES]");
            System.exit(2);
        }
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 48;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1L;
        SyntheticPlanGenerator generator = new SyntheticPlanGenerator();
        if (args.length > 3) {
            generator = generator.withTargetPages(Integer.parseInt(args[3]));
        }
        long start = System.nanoTime();
        List<Path> files = new SyntheticCorpusWriter(generator).write(Path.of(args[0]), seed, count);
        System.out.printf("wrote %d plans to %s in %.1f s%n", files.size(), args[0], (System.nanoTime() - start) / 1e9);
    }
}
