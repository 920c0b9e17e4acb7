package org.ehcpqa.report.pack;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import org.ehcpqa.plan.PlanSection;
import org.ehcpqa.plan.PlanView;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.privacy.AnonymisedPlan;
import org.ehcpqa.privacy.PlanAnonymiser;
import org.ehcpqa.synthetic.PersonalDetails;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the privacy service's anonymiser while it is being written: it replaces exactly
 * the personal details a test registers from the generator's ground truth. Secondary, so the real
 * anonymiser takes over as soon as it is on the classpath and the same tests then check it.
 */
@Singleton
@Secondary
public class GroundTruthAnonymiser implements PlanAnonymiser {

    private static final List<DateTimeFormatter> DATE_FORMS = List.of(
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK), DateTimeFormatter.ofPattern("dd/MM/yyyy"),
            DateTimeFormatter.ofPattern("d/M/yyyy"), DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK));

    private final List<PersonalDetails> known = new CopyOnWriteArrayList<>();

    public void register(PersonalDetails details) {
        known.add(details);
    }

    @Override
    public AnonymisedPlan anonymise(PlanView plan) {
        Map<String, String> replacements = new LinkedHashMap<>();
        for (PersonalDetails details : known) {
            details.childNames().forEach(name -> replacements.put(name, "Child A"));
            details.otherNames().forEach(name -> replacements.putIfAbsent(name, "[name]"));
            details.schoolNames().forEach(name -> replacements.putIfAbsent(name, "[school]"));
            DATE_FORMS.forEach(form -> replacements.put(form.format(details.dateOfBirth()), "[date of birth]"));
            for (String detail : new String[] {details.nhsNumber(), details.upn(), details.postcode(),
                    details.address(), details.email(), details.phone()}) {
                if (detail != null && !detail.isBlank()) {
                    replacements.put(detail, "[personal detail]");
                }
            }
        }
        List<String> longestFirst = new ArrayList<>(replacements.keySet());
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        AnonymisedPlan.TextRewriter rewriter = text -> {
            String result = text;
            for (String original : longestFirst) {
                result = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(original) + "(?![\\p{L}\\p{N}])")
                        .matcher(result).replaceAll(Matcher.quoteReplacement(replacements.get(original)));
            }
            return result;
        };
        Map<SectionCode, String> sections = new EnumMap<>(SectionCode.class);
        for (PlanSection section : plan.sections()) {
            sections.put(section.code(), rewriter.rewrite(section.text()));
        }
        return new AnonymisedPlan(plan.id(), plan.versionId(), sections, rewriter);
    }
}
