package org.ehcpqa.ingest;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Maps a primary need written in words to its SEN2 code. Down syndrome keeps the code DS, as the
 * issue that asked for this lists it, although not every SEN2 year has it. The more specific needs
 * are tried first: "profound and multiple learning difficulties" must not read as "learning difficulty".
 */
@Singleton
public class PrimaryNeedClassifier {

    private record Rule(Pattern words, String code) {
    }

    private static final List<Rule> RULES = List.of(
            rule("\\b(?:pmld\\b|profound\\s+and\\s+multiple)", "PMLD"),
            rule("\\b(?:msi\\b|multi[\\s\\-]?sensory)", "MSI"),
            rule("\\b(?:down'?s?\\s+syndrome|trisomy\\s+21)", "DS"),
            rule("\\b(?:asd\\b|asc\\b|autis)", "ASD"),
            rule("\\b(?:slcn\\b|speech,?\\s+language(?:\\s+and|\\s*,)?\\s+communication|speech\\s+and\\s+language)", "SLCN"),
            rule("\\b(?:semh\\b|social,?\\s+emotional\\s+and\\s+mental\\s+health)", "SEMH"),
            rule("\\b(?:spld\\b|specific\\s+learning|dyslexi|dyspraxi|dyscalculi)", "SPLD"),
            rule("\\b(?:sld\\b|severe\\s+learning)", "SLD"),
            rule("\\b(?:mld\\b|moderate\\s+learning)", "MLD"),
            rule("\\b(?:hi\\b|hearing|deaf)", "HI"),
            rule("\\b(?:vi\\b|visual|vision|blind)", "VI"),
            rule("\\b(?:pd\\b|physical)", "PD"),
            // "Severe" or "moderate" alone, as some front pages write the SEN2 heading, is a learning difficulty.
            rule("\\bsevere\\b", "SLD"),
            rule("\\bmoderate\\b", "MLD"),
            rule("\\b(?:oth\\b|other\\s+difficult|other\\s+disabilit)", "OTH"));

    private static Rule rule(String regex, String code) {
        return new Rule(Pattern.compile(regex), code);
    }

    /** The SEN2 code for the words, if they name a need. */
    public Optional<String> classify(String words) {
        if (words == null || words.isBlank()) {
            return Optional.empty();
        }
        String lower = words.toLowerCase(Locale.ROOT);
        for (Rule rule : RULES) {
            if (rule.words().matcher(lower).find()) {
                return Optional.of(rule.code());
            }
        }
        return Optional.empty();
    }
}
