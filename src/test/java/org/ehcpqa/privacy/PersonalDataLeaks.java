package org.ehcpqa.privacy;

import org.ehcpqa.synthetic.PersonalDetails;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What of a generated plan's ground truth is still in a text: the child's names and nicknames as
 * whole words in any case (across a line break too); everyone else's full names in any case, and
 * each word of their names on its own (a parent's bare first name, a sibling, "Dr Latham") where it
 * is written as a name, capitalised or in capitals; the date of birth in every way plans write dates;
 * identifiers with or without their spaces; the address and its first line.
 */
public final class PersonalDataLeaks {

    /** One leaked item: its kind (child name, other name, date of birth, ...) and the value. */
    public record Leak(String kind, String value) {
    }

    /** Every format the generator writes a date of birth in (front page, section C), and the usual others. */
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of("d MMMM yyyy", "dd MMMM yyyy", "d MMM yyyy",
            "dd MMM yyyy", "dd/MM/yyyy", "d/M/yyyy", "dd.MM.yyyy", "dd-MM-yyyy", "yyyy-MM-dd", "MMMM d, yyyy",
            "dd/MM/yy")
            .stream().map(p -> DateTimeFormatter.ofPattern(p, Locale.UK)).toList();

    private final List<Check> checks = new ArrayList<>();

    private record Check(String kind, String value, Pattern pattern, boolean digitsOnly) {
    }

    public PersonalDataLeaks(PersonalDetails truth) {
        for (String name : truth.childNames()) {
            checks.add(word("child name", name));
        }
        Set<String> nameWords = new LinkedHashSet<>();
        for (String name : truth.otherNames()) {
            checks.add(word("other name", name));
            nameWords.addAll(List.of(name.strip().split("\\s+")));
        }
        for (String name : truth.childNames()) {
            nameWords.removeAll(List.of(name.strip().split("\\s+")));
        }
        for (String single : nameWords) {
            checks.add(nameWord("other name word", single));
        }
        for (String school : truth.schoolNames()) {
            checks.add(word("school", school));
        }
        for (String date : dateOfBirthForms(truth.dateOfBirth())) {
            checks.add(literal("date of birth", date));
        }
        checks.add(digits("NHS number", truth.nhsNumber()));
        checks.add(literal("UPN", truth.upn()));
        checks.add(literal("postcode", truth.postcode()));
        checks.add(literal("postcode", truth.postcode().replace(" ", "")));
        checks.add(literal("email", truth.email()));
        checks.add(digits("phone", truth.phone()));
        checks.add(literal("address", truth.address()));
        checks.add(literal("address line", truth.address().split(",")[0]));
    }

    /** How many distinct names (whole names and single name words) this truth is checked for. */
    public long namesChecked() {
        return checks.stream().filter(c -> c.kind().contains("name")).count();
    }

    static Set<String> dateOfBirthForms(LocalDate date) {
        Set<String> forms = new LinkedHashSet<>();
        for (DateTimeFormatter f : DATE_FORMATS) {
            forms.add(f.format(date));
        }
        return forms;
    }

    public List<Leak> find(String text) {
        List<Leak> leaks = new ArrayList<>();
        String digitsOnly = text.replaceAll("[^0-9]", " ").replaceAll("(?<=[0-9]) (?=[0-9])", "");
        for (Check check : checks) {
            String in = check.digitsOnly() ? digitsOnly : text;
            if (check.pattern().matcher(in).find()) {
                leaks.add(new Leak(check.kind(), check.value()));
            }
        }
        return leaks;
    }

    private static Check word(String kind, String value) {
        String[] words = value.strip().split("\\s+");
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{M}\\p{N}])");
        for (int i = 0; i < words.length; i++) {
            regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
        }
        regex.append("(?![\\p{L}\\p{M}\\p{N}])");
        return new Check(kind, value, Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), false);
    }

    /**
     * One word of a name, as a name is written: as registered ("Emeka", "McDonald") or in capitals
     * ("EMEKA"), possessive or not. Lower case is an ordinary word ("mark", "grace").
     */
    private static Check nameWord(String kind, String value) {
        String upper = value.toUpperCase(Locale.ROOT);
        String regex = "(?<![\\p{L}\\p{M}\\p{N}])(?:" + Pattern.quote(value) + "|" + Pattern.quote(upper)
                + ")(?![\\p{L}\\p{M}\\p{N}])";
        return new Check(kind, value, Pattern.compile(regex), false);
    }

    private static Check literal(String kind, String value) {
        String regex = String.join("\\s+", java.util.Arrays.stream(value.strip().split("\\s+")).map(Pattern::quote).toList());
        return new Check(kind, value, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), false);
    }

    /** Digits wherever they stand, spaces and line breaks between them ignored. */
    private static Check digits(String kind, String value) {
        return new Check(kind, value, Pattern.compile(Pattern.quote(value.replaceAll("[^0-9]", ""))), true);
    }
}
