package org.ehcpqa.scoring.evaluation;

import org.ehcpqa.plan.PlanMetadata;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.scoring.CheckCode;
import org.ehcpqa.synthetic.SectionTruth;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the defects that recur in real plans (docs/qa-practice.md section 5) into a well-written
 * generated plan, and records each one as a label. Each defect is written as a caseworker would
 * make it: a provision item with no amount, a copied sentence with another child's name, an old
 * report reused, a section left out. A defect is only injected where it is truly a defect of the
 * plan that results: a need is added only when no provision or outcome in the plan speaks to it,
 * judged from words chosen with the need, not by running the checks.
 */
final class DefectInjector {

    enum Defect {
        MISSING_SECTION, UNQUANTIFIED_PROVISION, VAGUE_PROVISION_WORDING, OUTCOME_NOT_TIME_BOUND, OUTDATED_ADVICE,
        ADVICE_MISSING_DATES, THIRD_PERSON_VOICE, HEALTH_NEED_WITHOUT_HEALTH_PROVISION, NEED_WITHOUT_PROVISION,
        WRONG_NAME, WRONG_PRONOUN
    }

    private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Pattern K_DATE = Pattern.compile("\\b(\\d{1,2} (?:January|February|March|April|May|June|July|"
            + "August|September|October|November|December) \\d{4})\\s*$");
    private static final Pattern K_DATED_SUFFIX = Pattern.compile("\\s+[–-]\\s+\\d{1,2} [A-Z][a-z]+ \\d{4}\\s*$");
    private static final Pattern OUTCOME_DEADLINE_FIRST = Pattern.compile("^By ([^,]{3,45}), (\\p{Lu})");
    private static final Pattern OUTCOME_DEADLINE_AFTER_LABEL = Pattern.compile("^([A-Z][^:]{2,40}): by ([^,]{3,45}), ");
    private static final List<String> OTHER_NAMES = List.of("Kacper", "Ellie", "Jayden", "Sienna", "Harvey", "Maisie",
            "Tyler", "Leona", "Callum", "Esme");

    /** Provision a caseworker writes without saying how often, how long or how much. */
    private static final List<String> UNQUANTIFIED = List.of(
            "The class teacher will provide {name} with a writing frame and a word mat for extended writing tasks.",
            "A teaching assistant will pre-teach the vocabulary for new science and history topics.",
            "{Name} will be given a movement break card and a named space outside the classroom in which to use it.",
            "The speech and language therapist will write a programme of targets for understanding spoken language, "
                    + "to be delivered by a trained teaching assistant.",
            "The occupational therapist will assess {name}'s seating and recommend equipment for the classroom.",
            "A teaching assistant will help {name} to use a now-and-next board to move between activities.",
            "The SENCo will share a one-page profile of {name} with all staff who teach {him}.",
            "{Name} will take part in a social skills group led by the learning mentor.");

    /** Quantified provision whose wording still leaves it optional or undefined. */
    private static final List<String> VAGUE_QUANTIFIED = List.of(
            "Where possible, a teaching assistant will work with {name} for 20 minutes each morning on reading.",
            "Speech and language therapy programme delivered 3 x 20 minutes per week, as appropriate to {name}'s progress.",
            "Pre-teaching of key vocabulary for 15 minutes before each English lesson, when staffing allows and as needed.",
            "{Name} should have 10 minutes of sensory circuits at the start of each day.",
            "Up to 3 sessions per week of precision teaching, 10 minutes each, delivered by school staff.");

    /** Provision that is both vague and unquantified: the classic weak section F item. */
    private static final List<String> VAGUE_UNQUANTIFIED = List.of(
            "{Name} will have access to a quiet space when needed.",
            "Opportunities for {name} to practise social skills with peers.",
            "{Name} would benefit from access to a laptop for longer pieces of writing.",
            "Adult support at unstructured times as required.",
            "Advice from the educational psychologist to be followed as appropriate.");

    /** Health needs, each with the words any health provision for it would have to use. */
    private record TopicNeed(String text, String topic) {
    }

    private static final List<TopicNeed> HEALTH_NEEDS = List.of(
            new TopicNeed("{Name} has eczema on {his} hands and arms, which flares in warm weather and makes holding a "
                    + "pencil painful.", "eczema|skin|dermat|emollient|cream"),
            new TopicNeed("{Name} has a severe peanut allergy and carries an adrenaline auto-injector.",
                    "allerg|auto-injector|adrenaline|epipen|anaphyla"),
            new TopicNeed("{Name} has recurrent glue ear, which reduces {his} hearing in class during the winter months.",
                    "ear|hearing|audiolog|grommet"),
            new TopicNeed("{Name} has chronic constipation and soiling, for which {he} is under the care of the paediatric "
                    + "continence service.", "contin|constipat|toilet|soiling|bowel"),
            new TopicNeed("{Name} has migraines, which are triggered by bright light and loud noise and can last for "
                    + "a whole day.", "migraine|headache|neurolog"));

    /** Needs of section B, each with the words provision or an outcome for it would have to use. */
    private static final List<TopicNeed> EDUCATION_NEEDS = List.of(
            new TopicNeed("{Name} cannot yet fasten buttons or tie shoelaces, and finds changing for PE difficult and "
                    + "embarrassing, so {he} often misses the start of the lesson.",
                    "button|shoelace|dress|changing|PE\\b|physical education|motor|occupational"),
            new TopicNeed("{Name} has difficulty with road safety: {he} runs ahead of the group on school trips and does "
                    + "not stop at the kerb.", "road|kerb|trips?\\b|crossing|traffic|safety"),
            new TopicNeed("{Name} eats only a few dry foods and often leaves lunch untouched, so {he} finds it hard to "
                    + "concentrate in the afternoon.", "eat|food|lunch|diet|meal|hungry"),
            new TopicNeed("{Name} is frightened of water and finds swimming lessons very distressing, and has refused to "
                    + "get on the coach to the pool.", "swim|pool|water|coach\\b"),
            new TopicNeed("{Name} cannot yet manage in the toilet on {his} own and needs an adult to help {him} wash and "
                    + "dress afterwards, which {he} finds embarrassing.", "toilet|continence|personal care|hygiene|intimate"),
            new TopicNeed("{Name} has difficulty organising {his} belongings and homework, and often arrives at lessons "
                    + "without the right equipment.", "organis|belongings|equipment|homework|planner|checklist"),
            new TopicNeed("{Name} finds it hard to manage money and does not yet recognise coins, which limits {his} "
                    + "independence in shops.", "money|coins?|shop|cash|price|numeracy|maths|number"));

    private final Random random;
    private final Map<SectionCode, SectionTruth> sections = new LinkedHashMap<>();
    private final List<Label> labels = new ArrayList<>();
    private final PlanMetadata metadata;
    private final String name;
    private final boolean male;
    private final boolean female;

    DefectInjector(List<SectionTruth> truth, PlanMetadata metadata, long seed) {
        this.random = new Random(seed);
        truth.forEach(section -> sections.put(section.code(), section));
        this.metadata = metadata;
        this.name = metadata.childName().trim().split("\\s+")[0];
        String b = text(SectionCode.B) + text(SectionCode.A) + text(SectionCode.E);
        int he = count(b, "\\b(?:he|his|him)\\b");
        int she = count(b, "\\b(?:she|her)\\b");
        this.male = he > 2 * she && he >= 3;
        this.female = she > 2 * he && she >= 3;
    }

    List<SectionTruth> sections() {
        return List.copyOf(sections.values());
    }

    List<Label> labels() {
        return List.copyOf(labels);
    }

    /** Writes the defect into the plan; false when this plan offers no place for it. */
    boolean inject(Defect defect) {
        return switch (defect) {
            case MISSING_SECTION -> missingSection();
            case UNQUANTIFIED_PROVISION -> addProvision(pick(UNQUANTIFIED), CheckCode.UNQUANTIFIED_PROVISION);
            case VAGUE_PROVISION_WORDING -> random.nextBoolean()
                    ? addProvision(pick(VAGUE_QUANTIFIED), CheckCode.VAGUE_PROVISION_WORDING)
                    : addProvision(pick(VAGUE_UNQUANTIFIED), CheckCode.VAGUE_PROVISION_WORDING,
                    CheckCode.UNQUANTIFIED_PROVISION);
            case OUTCOME_NOT_TIME_BOUND -> untimedOutcome();
            case OUTDATED_ADVICE -> outdatedAdvice();
            case ADVICE_MISSING_DATES -> undatedAdvice();
            case THIRD_PERSON_VOICE -> thirdPersonViews();
            case HEALTH_NEED_WITHOUT_HEALTH_PROVISION -> healthNeed();
            case NEED_WITHOUT_PROVISION -> educationNeed();
            case WRONG_NAME -> wrongName();
            case WRONG_PRONOUN -> wrongPronoun();
        };
    }

    /** Section D left out, as when a plan is issued before social care has replied. */
    private boolean missingSection() {
        if (!sections.containsKey(SectionCode.D)) {
            return false;
        }
        SectionTruth d = sections.get(SectionCode.D);
        if (random.nextBoolean()) {
            sections.remove(SectionCode.D);
        } else {
            sections.put(SectionCode.D, new SectionTruth(SectionCode.D, d.title(), ""));
        }
        labels.add(new Label(CheckCode.MISSING_SECTION, SectionCode.D, null));
        return true;
    }

    private boolean addProvision(String template, CheckCode... codes) {
        List<String> lines = lines(SectionCode.F);
        List<Integer> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).endsWith(".") && !lines.get(i).contains(personalise(template))) {
                items.add(i);
            }
        }
        if (items.isEmpty()) {
            return false;
        }
        String item = personalise(template);
        if (text(SectionCode.F).contains(item)) {
            return false;
        }
        lines.add(items.get(random.nextInt(items.size())) + 1, item);
        set(SectionCode.F, lines);
        for (CheckCode code : codes) {
            labels.add(new Label(code, SectionCode.F, item));
        }
        return true;
    }

    /** The deadline dropped from one outcome, as when outcomes are copied from a target sheet. */
    private boolean untimedOutcome() {
        List<String> lines = lines(SectionCode.E);
        List<Integer> timed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (OUTCOME_DEADLINE_FIRST.matcher(lines.get(i)).find()
                    || OUTCOME_DEADLINE_AFTER_LABEL.matcher(lines.get(i)).find()) {
                timed.add(i);
            }
        }
        if (timed.isEmpty()) {
            return false;
        }
        int index = timed.get(random.nextInt(timed.size()));
        String line = lines.get(index);
        Matcher first = OUTCOME_DEADLINE_FIRST.matcher(line);
        String untimed = first.find() ? first.group(2) + line.substring(first.end())
                : OUTCOME_DEADLINE_AFTER_LABEL.matcher(line).replaceFirst("$1: ");
        lines.set(index, untimed);
        set(SectionCode.E, lines);
        labels.add(new Label(CheckCode.OUTCOME_NOT_TIME_BOUND, SectionCode.E, untimed));
        return true;
    }

    /** A professional's report reused from an earlier assessment. */
    private boolean outdatedAdvice() {
        if (metadata.issueDate() == null) {
            return false;
        }
        List<String> lines = lines(SectionCode.K);
        List<Integer> dated = datedAdvice(lines);
        if (dated.isEmpty()) {
            return false;
        }
        int index = dated.get(random.nextInt(dated.size()));
        Matcher date = K_DATE.matcher(lines.get(index));
        date.find();
        LocalDate old = metadata.issueDate().minusMonths(18 + random.nextInt(24)).withDayOfMonth(1 + random.nextInt(27));
        String oldText = old.format(SPOKEN);
        String line = lines.get(index).substring(0, date.start(1)) + oldText;
        lines.set(index, line);
        set(SectionCode.K, lines);
        labels.add(new Label(CheckCode.OUTDATED_ADVICE, SectionCode.K, line));
        return true;
    }

    private boolean undatedAdvice() {
        List<String> lines = lines(SectionCode.K);
        List<Integer> dated = datedAdvice(lines);
        if (dated.isEmpty()) {
            return false;
        }
        int index = dated.get(random.nextInt(dated.size()));
        String line = K_DATED_SUFFIX.matcher(lines.get(index)).replaceFirst("");
        if (line.equals(lines.get(index))) {
            return false;
        }
        lines.set(index, line);
        set(SectionCode.K, lines);
        labels.add(new Label(CheckCode.ADVICE_MISSING_DATES, SectionCode.K, line));
        return true;
    }

    /** Advice entries still dated and not already labelled (an entry carries one defect at most). */
    private List<Integer> datedAdvice(List<String> lines) {
        List<Integer> dated = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean labelled = labels.stream().anyMatch(l -> line.equals(l.evidence()));
            if (K_DATE.matcher(line).find() && !labelled && !line.toLowerCase(Locale.ROOT).contains("views")) {
                dated.add(i);
            }
        }
        return dated;
    }

    /** Section A rewritten about the child by the caseworker instead of in the child's words. */
    private boolean thirdPersonViews() {
        if (!male && !female || !sections.containsKey(SectionCode.A)) {
            return false;
        }
        List<String> likes = new ArrayList<>();
        String hope = null;
        List<String> family = new ArrayList<>();
        boolean inFamily = false;
        for (String line : lines(SectionCode.A)) {
            Matcher like = Pattern.compile("^I (?:really )?(?:like|love|enjoy) (.+?)\\.?$").matcher(line);
            Matcher grow = Pattern.compile("(?:When I grow up|When I leave school|In the future) I (?:want|would like) to "
                    + "([^.]+)\\.").matcher(line);
            if (like.find()) {
                likes.add(like.group(1).replace(" my ", " " + his() + " "));
            }
            if (grow.find()) {
                hope = grow.group(1).replace(" my ", " " + his() + " ");
            }
            if (line.toLowerCase(Locale.ROOT).matches(".*\\b(?:family|parents?|mum|dad|carers?)\\b.*")
                    && !line.endsWith(".")) {
                inFamily = true;
                family.add(line);
                continue;
            }
            if (inFamily) {
                family.add(line);
            }
        }
        String he = male ? "He" : "She";
        StringBuilder a = new StringBuilder();
        a.append("About ").append(name).append('\n');
        a.append(name).append(" is a ").append(male ? "boy" : "girl").append(" who attends ")
                .append(metadata.setting() == null ? "a local school" : metadata.setting()).append(". ")
                .append(he).append(" is described by staff as friendly and keen to please.\n");
        a.append("Interests\n");
        if (likes.isEmpty()) {
            a.append(name).append(" likes spending time with ").append(his()).append(" family.\n");
        } else {
            a.append(name).append(" likes ").append(String.join(", ", likes.subList(0, Math.min(3, likes.size()))))
                    .append(".\n");
        }
        a.append(he).append(" can become upset when routines change without warning.\n");
        a.append(he).append(" finds it helpful to have a quiet place to go when ").append(he.toLowerCase(Locale.ROOT))
                .append(" is upset.\n");
        a.append("Aspirations\n");
        a.append(name).append(" would like to ").append(hope == null ? "have more friends at school" : hope)
                .append(".\n");
        family.forEach(line -> a.append(line).append('\n'));
        SectionTruth old = sections.get(SectionCode.A);
        sections.put(SectionCode.A, new SectionTruth(SectionCode.A, old.title(), a.toString().strip()));
        labels.add(new Label(CheckCode.THIRD_PERSON_VOICE, SectionCode.A, null));
        return true;
    }

    private boolean healthNeed() {
        if (!sections.containsKey(SectionCode.C) || !sections.containsKey(SectionCode.G)) {
            return false;
        }
        List<TopicNeed> candidates = HEALTH_NEEDS.stream()
                .filter(n -> !Pattern.compile("(?i)" + n.topic()).matcher(text(SectionCode.G) + text(SectionCode.C)).find())
                .toList();
        if (candidates.isEmpty()) {
            return false;
        }
        String need = personalise(candidates.get(random.nextInt(candidates.size())).text());
        List<String> lines = lines(SectionCode.C);
        lines.removeIf(line -> line.startsWith("No health needs"));
        lines.add(need);
        set(SectionCode.C, lines);
        labels.add(new Label(CheckCode.HEALTH_NEED_WITHOUT_HEALTH_PROVISION, SectionCode.C, need));
        return true;
    }

    /** A need added to B from a late report, with nothing added to E or F to meet it. */
    private boolean educationNeed() {
        String behind = text(SectionCode.E) + text(SectionCode.F);
        List<TopicNeed> candidates = EDUCATION_NEEDS.stream()
                .filter(n -> !Pattern.compile("(?i)\\b(?:" + n.topic() + ")").matcher(behind).find())
                .toList();
        List<String> lines = lines(SectionCode.B);
        if (candidates.isEmpty() || lines.size() < 2) {
            return false;
        }
        String need = personalise(candidates.get(random.nextInt(candidates.size())).text());
        List<Integer> paragraphs = new ArrayList<>();
        // Among the needs, not after the closing note of who assessed the child (the generator ends
        // B with one); a need placed after that note is missed: a known weakness, see
        // docs/scoring-evaluation.md.
        for (int i = 1; i < lines.size() - 1; i++) {
            if (lines.get(i).endsWith(".")) {
                paragraphs.add(i);
            }
        }
        if (paragraphs.isEmpty()) {
            return false;
        }
        lines.add(paragraphs.get(random.nextInt(paragraphs.size())) + 1, need);
        set(SectionCode.B, lines);
        labels.add(new Label(CheckCode.NEED_WITHOUT_PROVISION, SectionCode.B, need));
        labels.add(new Label(CheckCode.NEED_WITHOUT_OUTCOME, SectionCode.B, need));
        return true;
    }

    /** A sentence copied from another child's plan with that child's name left in. */
    private boolean wrongName() {
        SectionCode code = random.nextBoolean() ? SectionCode.B : SectionCode.F;
        String other = OTHER_NAMES.stream().filter(n -> !allText().contains(n)).skip(random.nextInt(3)).findFirst()
                .orElse(null);
        List<Sentence> candidates = sentences(code, "\\b" + Pattern.quote(name) + "(?:'s)?\\s+[a-z]");
        if (other == null || candidates.isEmpty()) {
            return false;
        }
        Sentence chosen = candidates.get(random.nextInt(candidates.size()));
        String changed = chosen.text().replaceFirst("\\b" + Pattern.quote(name) + "\\b", other);
        replaceSentence(code, chosen, changed);
        labels.add(new Label(CheckCode.WRONG_NAME_OR_PRONOUN, code, changed));
        return true;
    }

    /** "He" where the child is "she" throughout: a paragraph copied from a plan for a boy. */
    private boolean wrongPronoun() {
        if (!male && !female) {
            return false;
        }
        String own = male ? "he" : "she";
        String wrong = male ? "she" : "he";
        List<Sentence> candidates = sentences(SectionCode.B, "\\b" + Pattern.quote(name) + "\\b[^.]*\\b" + own + "\\b");
        if (candidates.isEmpty()) {
            return false;
        }
        Sentence chosen = candidates.get(random.nextInt(candidates.size()));
        Matcher pronoun = Pattern.compile("\\b" + Pattern.quote(name) + "\\b[^.]*?\\b(" + own + ")\\b").matcher(chosen.text());
        pronoun.find();
        String changed = chosen.text().substring(0, pronoun.start(1)) + wrong + chosen.text().substring(pronoun.end(1));
        replaceSentence(SectionCode.B, chosen, changed);
        labels.add(new Label(CheckCode.WRONG_NAME_OR_PRONOUN, SectionCode.B, changed));
        return true;
    }

    private record Sentence(int line, String text) {
    }

    /** Sentences matching a pattern, skipping the section's first line (the introduction). */
    private List<Sentence> sentences(SectionCode code, String regex) {
        Pattern pattern = Pattern.compile(regex);
        List<String> lines = lines(code);
        List<Sentence> found = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (labels.stream().anyMatch(l -> l.evidence() != null && line.contains(l.evidence()))) {
                continue;
            }
            for (String sentence : line.split("(?<=\\.)\\s+")) {
                if (pattern.matcher(sentence).find() && line.indexOf(sentence) == line.lastIndexOf(sentence)
                        && allText().indexOf(sentence) == allText().lastIndexOf(sentence)) {
                    found.add(new Sentence(i, sentence));
                }
            }
        }
        return found;
    }

    private void replaceSentence(SectionCode code, Sentence sentence, String changed) {
        List<String> lines = lines(code);
        lines.set(sentence.line(), lines.get(sentence.line()).replace(sentence.text(), changed));
        set(code, lines);
    }

    private String personalise(String template) {
        String his = his();
        return template.replace("{Name}", name).replace("{name}", name).replace("{his}", his)
                .replace("{him}", male ? "him" : female ? "her" : "them")
                .replace("{he}", male ? "he" : female ? "she" : "they");
    }

    private String his() {
        return male ? "his" : female ? "her" : "their";
    }

    private String pick(List<String> pool) {
        return pool.get(random.nextInt(pool.size()));
    }

    private String text(SectionCode code) {
        SectionTruth section = sections.get(code);
        return section == null ? "" : section.text();
    }

    private String allText() {
        StringBuilder all = new StringBuilder();
        sections.values().forEach(s -> all.append(s.text()).append('\n'));
        return all.toString();
    }

    private List<String> lines(SectionCode code) {
        String text = text(code);
        return text.isEmpty() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(text.split("\n")));
    }

    private void set(SectionCode code, List<String> lines) {
        SectionTruth old = sections.get(code);
        sections.put(code, new SectionTruth(code, old.title(), String.join("\n", lines)));
    }

    private static int count(String text, String regex) {
        Matcher matcher = Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}
