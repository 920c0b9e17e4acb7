package org.ehcpqa.ingest;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParseRunnerTest {

    @Test
    void parseThatOutlastsTheTimeoutIsRefusedOnTime() {
        try (ParseRunner runner = new ParseRunner(Duration.ofMillis(200), 1)) {
            long start = System.nanoTime();

            IngestRefusedException refusal = DocumentExtractorTest.refusal(() -> runner.run(() -> {
                Thread.sleep(10_000);
                return "never";
            }));

            assertThat(refusal.reason()).isEqualTo(RefusalReason.CORRUPT);
            assertThat(refusal.getMessage()).contains("took longer than 200 ms to read");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
            DocumentExtractorTest.assertPlainSentence(refusal, null);
            // the interrupted worker is free again
            assertThat(runner.run(() -> "next")).isEqualTo("next");
        }
    }

    @Test
    void aQueueThatNeverMovesIsNotBlamedOnTheFile() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        try (ParseRunner runner = new ParseRunner(Duration.ofMillis(300), 1)) {
            Thread stuck = Thread.ofPlatform().start(() -> {
                try {
                    runner.run(() -> {
                        // a parser that ignores interrupts
                        while (release.getCount() > 0) {
                            LockSupport.parkNanos(1_000_000);
                        }
                        return "late";
                    });
                } catch (IngestRefusedException expected) {
                    // the first caller is told its file took too long
                }
            });
            Thread.sleep(50);

            assertThatThrownBy(() -> runner.run(() -> "queued")).isInstanceOf(RejectedExecutionException.class);

            release.countDown();
            stuck.join();
        }
    }

    @Test
    void parserCrashOnMalformedInputIsCorrupt() {
        try (ParseRunner runner = new ParseRunner(Duration.ofSeconds(5), 1)) {
            IngestRefusedException refusal = DocumentExtractorTest.refusal(() -> runner.run(() -> {
                throw new ClassCastException("COSString cannot be cast to COSDictionary");
            }));

            assertThat(refusal.reason()).isEqualTo(RefusalReason.CORRUPT);
            DocumentExtractorTest.assertPlainSentence(refusal, null);
        }
    }

    @Test
    void refusalsFromTheWorkerReachTheCallerUnchanged() {
        try (ParseRunner runner = new ParseRunner(Duration.ofSeconds(5), 1)) {
            IngestRefusedException refusal = DocumentExtractorTest.refusal(() -> runner.run(() -> {
                throw new IngestRefusedException(RefusalReason.ENCRYPTED, "Locked.");
            }));

            assertThat(refusal.reason()).isEqualTo(RefusalReason.ENCRYPTED);
            assertThat(refusal.getMessage()).isEqualTo("Locked.");
        }
    }
}
