package org.ehcpqa.scoring.thread;

import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.scoring.PlanForScoring;
import org.ehcpqa.scoring.lexicon.Lexicon;
import org.ehcpqa.scoring.lexicon.LexiconMatch;
import org.ehcpqa.scoring.lexicon.Lexicons;
import org.ehcpqa.scoring.text.Item;
import org.ehcpqa.scoring.text.KeyTerms;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Links each need to the outcome and provision items that speak about the same thing. Two items
 * link when they share a concept from key-concepts.yaml ("reading" and "phonics" are both
 * literacy), worth two points, or word stems, worth one each, plus a point when both sit under
 * the same broad-area heading; the default threshold of two asks for one concept or two words.
 */
public final class GoldenThreadLinker {

    public static final int DEFAULT_MIN_LINK_SCORE = 2;

    private final NeedFinder needFinder = new NeedFinder();

    /** Links the needs of B, C and D. */
    public GoldenThread link(PlanForScoring plan, Lexicons lexicons, int minLinkScore) {
        List<NeedLinks> links = new ArrayList<>(linkNeeds(plan, lexicons, minLinkScore, SectionCode.B, true, true).needs());
        links.addAll(linkNeeds(plan, lexicons, minLinkScore, SectionCode.C, false, true).needs());
        links.addAll(linkNeeds(plan, lexicons, minLinkScore, SectionCode.D, false, true).needs());
        return new GoldenThread(links);
    }

    /**
     * Links the needs of one section only, profiling only the sections asked for: a check about
     * section D has no reason to read E and F.
     */
    public GoldenThread linkNeeds(PlanForScoring plan, Lexicons lexicons, int minLinkScore, SectionCode needSection,
                                  boolean outcomes, boolean provision) {
        Set<String> names = names(plan);
        Lexicon concepts = lexicons.keyConcepts();
        List<Profile> outcomeItems = outcomes && needSection == SectionCode.B
                ? profiles(plan, SectionCode.E, concepts, names) : List.of();
        List<Profile> provisionItems = new ArrayList<>();
        List<Profile> education = List.of();
        if (provision) {
            switch (needSection) {
                case B -> provisionItems.addAll(profiles(plan, SectionCode.F, concepts, names));
                case C -> {
                    provisionItems.addAll(profiles(plan, SectionCode.G, concepts, names));
                    education = profiles(plan, SectionCode.F, concepts, names);
                }
                case D -> {
                    provisionItems.addAll(profiles(plan, SectionCode.H1, concepts, names));
                    provisionItems.addAll(profiles(plan, SectionCode.H2, concepts, names));
                }
                default -> throw new IllegalArgumentException("Needs are stated in B, C or D, not " + needSection);
            }
        }
        List<NeedLinks> links = new ArrayList<>();
        for (Item need : needFinder.needs(plan.items(needSection), lexicons.needMarkers(),
                needSection != SectionCode.C, needSection == SectionCode.B)) {
            Profile profile = profile(needSection, need, concepts, names);
            List<LinkedItem> linked = matches(profile, provisionItems, minLinkScore);
            if (needSection == SectionCode.C && linked.isEmpty()
                    && lexicons.therapyTerms().containsAny(need.text(), "educational")) {
                // Therapy that educates belongs in F (CoP 9.74), so F can answer a health need for it.
                linked = matches(profile, education, minLinkScore);
            }
            links.add(new NeedLinks(needSection, need, matches(profile, outcomeItems, minLinkScore), linked));
        }
        return new GoldenThread(links);
    }

    private record Profile(SectionCode section, Item item, Set<String> concepts, Set<String> stems,
                           Set<String> headingStems) {
    }

    private List<Profile> profiles(PlanForScoring plan, SectionCode code, Lexicon concepts, Set<String> names) {
        List<Profile> profiles = new ArrayList<>();
        for (Item item : plan.items(code)) {
            profiles.add(profile(code, item, concepts, names));
        }
        return profiles;
    }

    private static Profile profile(SectionCode code, Item item, Lexicon concepts, Set<String> names) {
        String text = item.textWithContext();
        Set<String> found = new LinkedHashSet<>();
        for (LexiconMatch match : concepts.findAll(text)) {
            found.addAll(match.entry().tags());
        }
        Set<String> headingStems = item.heading() == null ? Set.of() : KeyTerms.of(item.heading(), names);
        return new Profile(code, item, found, KeyTerms.of(text, names), headingStems);
    }

    private static List<LinkedItem> matches(Profile need, List<Profile> candidates, int minScore) {
        List<LinkedItem> linked = new ArrayList<>();
        for (Profile candidate : candidates) {
            List<String> shared = new ArrayList<>();
            int score = 0;
            for (String concept : need.concepts()) {
                if (candidate.concepts().contains(concept)) {
                    shared.add(concept);
                    score += 2;
                }
            }
            for (String stem : need.stems()) {
                if (candidate.stems().contains(stem)) {
                    shared.add(stem);
                    score += 1;
                }
            }
            if (!need.headingStems().isEmpty() && !disjoint(need.headingStems(), candidate.headingStems())) {
                score += 1;
            }
            if (score >= minScore && !shared.isEmpty()) {
                linked.add(new LinkedItem(candidate.section(), candidate.item(), shared));
            }
        }
        return linked;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        for (String s : a) {
            if (b.contains(s)) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> names(PlanForScoring plan) {
        Set<String> names = new HashSet<>();
        String childName = plan.metadata().childName();
        if (childName != null) {
            for (String part : childName.toLowerCase(Locale.ROOT).split("\\s+")) {
                names.add(part);
            }
        }
        return names;
    }
}
