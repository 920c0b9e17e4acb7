package org.ehcpqa.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded source of choices. Every random decision in the generator goes through one of these so
 * that a seed always gives the same plan, on any JVM (SplittableRandom's algorithm is specified).
 */
public final class Rng {
    private final SplittableRandom random;

    public Rng(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A child stream, so that adding a choice in one part of a plan does not shift the others. */
    public Rng fork(String purpose) {
        return new Rng(random.nextLong() ^ purpose.hashCode());
    }

    public int between(int lowInclusive, int highInclusive) {
        return random.nextInt(lowInclusive, highInclusive + 1);
    }

    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    public <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    @SafeVarargs
    public final <T> T pick(T... items) {
        return items[random.nextInt(items.length)];
    }

    /** Up to {@code count} distinct items in a random order. */
    public <T> List<T> sample(List<T> items, int count) {
        List<T> copy = new ArrayList<>(items);
        List<T> out = new ArrayList<>();
        while (!copy.isEmpty() && out.size() < count) {
            out.add(copy.remove(random.nextInt(copy.size())));
        }
        return out;
    }

    public String digits(int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
        return sb.toString();
    }
}
