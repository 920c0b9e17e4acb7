package org.ehcpqa.scoring;

import io.micronaut.core.annotation.Nullable;
import org.ehcpqa.plan.PlanMetadata;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.scoring.text.Item;
import org.ehcpqa.scoring.text.ItemSplitter;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What the checks read: the metadata, the sections in document order, and the text that follows
 * the last section (the signature block), which segmenters often cut off from section K.
 *
 * <p>It also holds the analysis the checks share. Twenty-odd checks, each run for two frameworks,
 * read the same sections: splitting a section into items, or matching a lexicon against an item,
 * is done once per plan and kept here, so adding a check or a framework costs its own judgement
 * and not another pass over the plan. The cache lives and dies with this object, which the scorer
 * builds once per plan version; it is safe to share between threads.
 */
public final class PlanForScoring {

    private static final ItemSplitter SPLITTER = new ItemSplitter();

    private final PlanMetadata metadata;
    private final List<PlanSection> sections;
    private final @Nullable String closingText;
    private final Map<Object, Object> analysis = new ConcurrentHashMap<>();

    /**
     * @param closingText text after the last section, or null when the segmenter kept it inside the
     *                    last section; findings about it carry no section and spans into this text
     */
    public PlanForScoring(PlanMetadata metadata, List<PlanSection> sections, @Nullable String closingText) {
        this.metadata = metadata == null ? new PlanMetadata(null, null, null, null, null, null, null, null) : metadata;
        this.sections = List.copyOf(sections);
        this.closingText = closingText;
    }

    public PlanForScoring(PlanMetadata metadata, List<PlanSection> sections) {
        this(metadata, sections, null);
    }

    public PlanMetadata metadata() {
        return metadata;
    }

    public List<PlanSection> sections() {
        return sections;
    }

    public @Nullable String closingText() {
        return closingText;
    }

    /** The first section with this code; plans that repeat a heading keep the first one as the body. */
    public Optional<PlanSection> section(SectionCode code) {
        for (PlanSection section : sections) {
            if (section.code() == code) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }

    /** The section's text, or the empty string when the plan lacks it. */
    public String text(SectionCode code) {
        return section(code).map(PlanSection::text).orElse("");
    }

    /** The child's first name, as most plans use it in the body text. */
    public Optional<String> childFirstName() {
        String name = metadata.childName();
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(name.trim().split("\\s+")[0]);
    }

    /** The items of a section (see {@link ItemSplitter}), split once per plan. */
    public List<Item> items(SectionCode code) {
        return remember(new SectionItems(code), key -> SPLITTER.split(text(code)));
    }

    /** Every section's text, one after another, each followed by a line break. */
    public String allText() {
        return remember(AllText.KEY, key -> {
            StringBuilder all = new StringBuilder();
            for (PlanSection section : sections) {
                all.append(section.text()).append('\n');
            }
            return all.toString();
        });
    }

    /**
     * A result derived from this plan alone, computed once and kept for the other checks. The key
     * must say everything the result depends on besides the plan (a record of the lexicon, tag and
     * text, say), and the value must not be changed by whoever receives it.
     */
    @SuppressWarnings("unchecked")
    public <K, V> V remember(K key, Function<K, V> compute) {
        Objects.requireNonNull(key, "key");
        Object known = analysis.get(key);
        if (known == null) {
            known = compute.apply(key);
            Object raced = analysis.putIfAbsent(key, known);
            if (raced != null) {
                known = raced;
            }
        }
        return (V) known;
    }

    private record SectionItems(SectionCode code) {
    }

    private enum AllText {
        KEY
    }

    @Override
    public String toString() {
        return "PlanForScoring[" + metadata + ", " + sections.size() + " sections]";
    }
}
