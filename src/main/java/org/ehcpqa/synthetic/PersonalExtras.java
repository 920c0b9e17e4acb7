package org.ehcpqa.synthetic;

import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.synthetic.PlanDocument.Block;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The personal details real plans scatter through their sections, not only on the front page: a
 * nickname and siblings in section A, an educational psychologist by title with the child's age
 * to the month in B, the date of birth, NHS number and GP in C, the home address, phone and e-mail
 * in D, the unique pupil number in I. Anonymisation is tested against all of them. Appended after
 * each section's own text, in sentences that no segmenter could take for a heading or a front-page
 * label.
 *
 * @param nicknames names the child goes by besides their own (for the truth's childNames)
 * @param names     everyone else these sentences name (for the truth's otherNames)
 * @param blocks    what to append to each section
 */
record PersonalExtras(List<String> nicknames, List<String> names, Map<SectionCode, List<Block>> blocks) {

    private static final List<DateTimeFormatter> BIRTH_DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK), DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK),
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK), DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.UK));

    List<Block> blocks(SectionCode code) {
        return blocks.getOrDefault(code, List.of());
    }

    static PersonalExtras create(Rng rng, ChildProfile child) {
        NameBank.Culture culture = cultureOf(child.firstName(), rng);
        List<String> nicknames = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Map<SectionCode, List<Block>> blocks = new EnumMap<>(SectionCode.class);
        String his = child.possessive();
        String first = child.firstName();
        String nickname = NameBank.NICKNAMES.get(first);
        String called = first;
        List<Block> a = new ArrayList<>();
        if (nickname != null && rng.chance(0.7)) {
            nicknames.add(nickname);
            called = nickname;
            a.add(Block.p(first + " likes to be known as " + nickname + "."));
        }

        String parentFirst = child.parentName().split(" ")[0];
        List<String> taken = new ArrayList<>(List.of(first, parentFirst));
        int siblings = rng.between(0, 2);
        List<String> siblingNames = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        for (int i = 0; i < siblings; i++) {
            boolean brother = rng.chance(0.5);
            List<String> pool = new ArrayList<>(brother ? culture.boys() : culture.girls());
            pool.removeAll(taken);
            if (pool.isEmpty()) {
                continue;
            }
            String sibling = rng.pick(pool);
            taken.add(sibling);
            names.add(sibling);
            siblingNames.add(sibling);
            String kind = rng.pick("older ", "younger ", "") + (brother ? "brother" : "sister");
            phrases.add(his + " " + kind + " " + sibling + (rng.chance(0.5) ? " (aged " + rng.between(1, 17) + ")" : ""));
        }
        StringBuilder family = new StringBuilder(called + " lives with " + his + " "
                + child.parentRelation().toLowerCase(Locale.ROOT));
        for (int i = 0; i < phrases.size(); i++) {
            family.append(i == phrases.size() - 1 ? " and " : ", ").append(phrases.get(i));
        }
        a.add(Block.p(family.append('.').toString()));
        if (!siblingNames.isEmpty()) {
            a.add(Block.p(siblingNames.get(0) + " and " + called + " enjoy going to the park together."));
        }
        blocks.put(SectionCode.A, a);

        LocalDate assessed = child.issueDate().minusDays(rng.between(40, 120));
        Period age = Period.between(child.dateOfBirth(), assessed);
        String epFirst = rng.pick(NameBank.PROFESSIONAL_FIRST);
        String epLast = rng.pick(NameBank.PROFESSIONAL_LAST);
        names.add(epFirst + " " + epLast);
        blocks.put(SectionCode.B, List.of(Block.p("Dr " + epFirst + " " + epLast + ", Educational Psychologist, assessed "
                + called + " on " + ProvisionComposer.LONG_DATE.format(assessed) + ", when " + child.pronoun()
                + " was aged " + age.getYears() + " years " + age.getMonths() + " months.")));

        String gp = rng.pick(NameBank.PROFESSIONAL_LAST);
        names.add(gp);
        String nhs = rng.chance(0.7) ? child.nhsNumber() : child.nhsNumber().replace(" ", "");
        String town = rng.pick(NameBank.TOWNS);
        blocks.put(SectionCode.C, List.of(Block.p(first + " was born on " + rng.pick(BIRTH_DATE_FORMATS)
                .format(child.dateOfBirth()) + ". " + capitalised(his) + " NHS number is " + nhs + " and " + his
                + " GP is Dr " + gp + " at " + town + " Medical Centre.")));

        blocks.put(SectionCode.D, List.of(Block.p("The family live at " + child.address() + ". " + parentFirst
                + " can be contacted on " + child.phone() + " or by e-mail at " + child.email() + ".")));
        blocks.put(SectionCode.I, List.of(Block.p(capitalised(his) + " unique pupil number is " + child.upn() + ".")));
        return new PersonalExtras(List.copyOf(nicknames), List.copyOf(names), blocks);
    }

    private static NameBank.Culture cultureOf(String firstName, Rng rng) {
        for (NameBank.Culture culture : NameBank.CULTURES) {
            if (culture.boys().contains(firstName) || culture.girls().contains(firstName)) {
                return culture;
            }
        }
        return rng.pick(NameBank.CULTURES);
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
