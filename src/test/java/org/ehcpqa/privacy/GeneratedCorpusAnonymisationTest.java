package org.ehcpqa.privacy;

import org.ehcpqa.plan.PlanSection;
import org.ehcpqa.plan.PlanView;
import org.ehcpqa.synthetic.GeneratedPlan;
import org.ehcpqa.synthetic.PersonalDetails;
import org.ehcpqa.synthetic.SpecialDocuments;
import org.ehcpqa.synthetic.SyntheticPlanGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The anonymisation floor over the generated corpus: every house style, format and quality (plans of
 * about 8 pages, to keep the test quick: the personal details are the same at any length), read
 * through the real extractor and segmenter as the service stores plans. No child's name, family
 * or other name, date of birth, NHS number, UPN, postcode or e-mail address from the generator's
 * truth survives in any anonymised section or in a rewritten snippet, and the text still reads:
 * names are replaced, not deleted.
 */
class GeneratedCorpusAnonymisationTest {

    private static final int PLANS = 320;
    /** Kinds the floor forbids outright; the others are counted and must be zero too. */
    private static final Set<String> FLOOR = Set.of("child name", "other name", "other name word", "date of birth",
            "NHS number", "UPN", "postcode", "email");
    /** The multilingual plan (Welsh, Polish and Urdu names, diacritics, Arabic script) with a few seeds. */
    private static final int MULTILINGUAL = 4;

    private static final Pattern PLACEHOLDER = Pattern.compile("Child A|Person [A-Z]{1,2}\\b|\\[[a-zA-Z ]+\\]");
    private static final List<Case> CASES = new ArrayList<>();
    private static final PlanAnonymiser ANONYMISER = new RuleBasedPlanAnonymiser();

    private record Case(GeneratedPlan generated, PlanView stored, AnonymisedPlan anonymised) {
    }

    @BeforeAll
    static void anonymiseTheCorpus() {
        List<GeneratedPlan> corpus = new ArrayList<>(new SyntheticPlanGenerator().withTargetPages(8).corpus(4, PLANS));
        for (int seed = 1; seed <= MULTILINGUAL; seed++) {
            corpus.add(SpecialDocuments.multilingualDocx(seed));
        }
        try (StoredPlans stored = new StoredPlans()) {
            long id = 1;
            for (GeneratedPlan plan : corpus) {
                PlanView view = stored.read(plan, id++);
                CASES.add(new Case(plan, view, ANONYMISER.anonymise(view)));
            }
        }
    }

    @Test
    void noPersonalDetailSurvivesInAnySection() {
        Map<String, Integer> leaksByKind = new TreeMap<>();
        List<String> examples = new ArrayList<>();
        int sections = 0;
        long namesChecked = 0;
        for (Case c : CASES) {
            PersonalDataLeaks leaks = new PersonalDataLeaks(c.generated().truth().personal());
            namesChecked += leaks.namesChecked();
            for (Map.Entry<?, String> section : c.anonymised().sections().entrySet()) {
                sections++;
                for (PersonalDataLeaks.Leak leak : leaks.find(section.getValue())) {
                    leaksByKind.merge(leak.kind(), 1, Integer::sum);
                    if (examples.size() < 30) {
                        examples.add(c.generated().fileName() + " " + section.getKey() + " " + leak);
                    }
                }
            }
        }
        System.out.printf("Anonymised %d plans, %d sections, %d names checked; leaks by kind %s%n", CASES.size(),
                sections, namesChecked, leaksByKind);
        examples.forEach(e -> System.out.println("  " + e));
        assertThat(CASES).hasSizeGreaterThanOrEqualTo(300);
        assertThat(CASES.stream().map(c -> c.generated().truth().houseStyle()).distinct()).hasSize(8);
        assertThat(CASES.stream().map(c -> c.generated().truth().quality()).distinct()).hasSize(3);
        assertThat(CASES.stream().map(c -> c.generated().format()).distinct()).hasSize(6);
        assertThat(leaksByKind.keySet()).as("floor kinds").doesNotContainAnyElementsOf(FLOOR);
        assertThat(leaksByKind).as("every kind the generator writes").isEmpty();
    }

    @Test
    void theCorpusReallyHoldsTheDetailsTheFloorIsAbout() {
        // A scan that finds nothing in plans that hold nothing proves nothing: the stored
        // (not anonymised) sections must contain the truth's names and settings.
        Map<String, Integer> before = new TreeMap<>();
        for (Case c : CASES) {
            PersonalDataLeaks leaks = new PersonalDataLeaks(c.generated().truth().personal());
            for (PlanSection section : c.stored().sections()) {
                leaks.find(section.text()).forEach(l -> before.merge(l.kind(), 1, Integer::sum));
            }
        }
        System.out.println("Personal details in the stored sections before anonymising: " + before);
        assertThat(before).containsKeys("child name", "other name", "school");
        assertThat(before.get("child name")).isGreaterThan(CASES.size());
        assertThat(before.get("other name")).isGreaterThan(CASES.size());
    }

    @Test
    void rewrittenSnippetsLeakNothing() {
        Map<String, Integer> leaksByKind = new TreeMap<>();
        List<String> examples = new ArrayList<>();
        int snippets = 0;
        for (Case c : CASES) {
            PersonalDataLeaks leaks = new PersonalDataLeaks(c.generated().truth().personal());
            for (PlanSection section : c.stored().sections()) {
                String text = section.text();
                // Search snippets are windows of the stored text, cut anywhere.
                for (int start = 0; start < text.length(); start += 701) {
                    String snippet = text.substring(start, Math.min(text.length(), start + 240));
                    snippets++;
                    for (PersonalDataLeaks.Leak leak : leaks.find(c.anonymised().rewrite(snippet))) {
                        leaksByKind.merge(leak.kind(), 1, Integer::sum);
                        if (examples.size() < 30) {
                            examples.add(c.generated().fileName() + " " + section.code() + " " + leak);
                        }
                    }
                }
            }
        }
        System.out.printf("Rewrote %d snippets; leaks by kind %s%n", snippets, leaksByKind);
        examples.forEach(e -> System.out.println("  " + e));
        assertThat(snippets).isGreaterThan(CASES.size() * 10);
        assertThat(leaksByKind).isEmpty();
    }

    @Test
    void ordinaryCapitalisedWordsAreKept() {
        // False positives: a capitalised word of a section (a heading, a month, "Speech and Language
        // Therapy", "North locality") that is no part of the truth's personal details must still be
        // there after anonymising, as often as before.
        Pattern capitalised = Pattern.compile("(?<![\\p{L}\\p{M}'’-])\\p{Lu}[\\p{L}\\p{M}]+(?![\\p{L}\\p{M}])");
        Map<String, Integer> lost = new TreeMap<>();
        int words = 0;
        for (Case c : CASES) {
            Set<String> personal = personalWords(c.generated().truth().personal());
            for (PlanSection section : c.stored().sections()) {
                Map<String, Integer> before = counts(capitalised.matcher(section.text()), personal);
                Map<String, Integer> after = counts(capitalised.matcher(c.anonymised().section(section.code())), personal);
                for (Map.Entry<String, Integer> e : before.entrySet()) {
                    words += e.getValue();
                    int missing = e.getValue() - after.getOrDefault(e.getKey(), 0);
                    if (missing > 0) {
                        lost.merge(e.getKey(), missing, Integer::sum);
                    }
                }
            }
        }
        System.out.printf("Ordinary capitalised words checked: %d; replaced by mistake: %s%n", words, lost);
        assertThat(words).isGreaterThan(CASES.size() * 100);
        assertThat(lost).isEmpty();
    }

    /**
     * Every word of the truth's names, settings, address and e-mail, in lower case, and the month of
     * the date of birth: these go, with the titles that go with names ("Dr").
     */
    private static Set<String> personalWords(PersonalDetails truth) {
        Set<String> words = new java.util.HashSet<>();
        for (String form : List.of("MMMM", "MMM")) {
            words.add(java.time.format.DateTimeFormatter.ofPattern(form, java.util.Locale.UK).format(truth.dateOfBirth())
                    .toLowerCase(java.util.Locale.ROOT));
        }
        NameWords.TITLES.forEach(t -> words.add(t.toLowerCase(java.util.Locale.ROOT)));
        List<String> all = new ArrayList<>(truth.childNames());
        all.addAll(truth.otherNames());
        all.addAll(truth.schoolNames());
        all.add(truth.address());
        all.add(truth.email());
        for (String value : all) {
            for (String w : value.split("[^\\p{L}\\p{M}]+")) {
                words.add(w.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return words;
    }

    private static Map<String, Integer> counts(Matcher m, Set<String> except) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        while (m.find()) {
            if (!except.contains(m.group().toLowerCase(java.util.Locale.ROOT))) {
                counts.merge(m.group(), 1, Integer::sum);
            }
        }
        return counts;
    }

    @Test
    void theChildsTextStillReads() {
        List<String> problems = new ArrayList<>();
        int sectionsChecked = 0;
        for (Case c : CASES) {
            PersonalDetails truth = c.generated().truth().personal();
            Pattern firstName = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(truth.childNames().get(1)) + "(?![\\p{L}])");
            for (PlanSection section : c.stored().sections()) {
                String before = section.text();
                String after = c.anonymised().section(section.code());
                if (before.isBlank()) {
                    continue;
                }
                sectionsChecked++;
                String where = c.generated().fileName() + " " + section.code();
                if (after.isBlank()) {
                    problems.add(where + " is empty after anonymising");
                    continue;
                }
                // A short section may be little more than a school's name; a long one barely changes.
                double ratio = (double) after.length() / before.length();
                boolean longSection = before.length() >= 400;
                if (ratio < (longSection ? 0.85 : 0.6) || ratio > (longSection ? 1.15 : 1.3)) {
                    problems.add(where + String.format(" length ratio %.2f", ratio));
                }
                // A placeholder counts as one word, as the name or number it stands for was (roughly).
                int wordsBefore = before.split("\\s+").length;
                int wordsAfter = PLACEHOLDER.matcher(after).replaceAll("X").split("\\s+").length;
                // ... and may stand for up to three ("Dr Helen Whitcombe", "Greystones Nursery School").
                int placeholders = count(PLACEHOLDER.matcher(after));
                if (wordsAfter > wordsBefore + Math.max(8, wordsBefore / 10)
                        || wordsAfter < wordsBefore - Math.max(8, wordsBefore / 10) - 2 * placeholders) {
                    problems.add(where + " words " + wordsBefore + " -> " + wordsAfter);
                }
                int mentions = count(firstName.matcher(before));
                int childPlaceholders = count(Pattern.compile("\\bChild A\\b").matcher(after));
                if (childPlaceholders < mentions) {
                    problems.add(where + " mentions the child " + mentions + " times but has " + childPlaceholders
                            + " placeholders");
                }
            }
        }
        problems.stream().limit(30).forEach(p -> System.out.println("  " + p));
        assertThat(sectionsChecked).isGreaterThan(CASES.size() * 10);
        assertThat(problems).isEmpty();
        // The child is there by placeholder in the sections about them.
        assertThat(CASES).allSatisfy(c -> assertThat(c.anonymised().section(org.ehcpqa.plan.SectionCode.A))
                .contains("Child A"));
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
