package org.ehcpqa.synthetic;

import org.ehcpqa.synthetic.NeedFacets.Area;
import org.ehcpqa.synthetic.NeedFacets.Facet;
import org.ehcpqa.synthetic.PlanDocument.Block;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes sections F to K: the provision that meets each need, the placement and the advice. */
final class ProvisionComposer {
    static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** Strong provision must never use these; weak provision leans on them (the case law's test). */
    static final List<String> VAGUE_WORDS = List.of("access to", "opportunities for", "as required", "regular",
            "as appropriate", "if needed", "where needed");

    private static final List<String> STRONG_MONITORING = List.of(
            "Progress against this provision will be recorded by the SENCo every 6 weeks and shared with {n}'s family.",
            "The class teacher will check the impact each half term and adjust targets with the therapist.",
            "The SENCo will report on the delivery of this provision, in hours delivered, at the annual review.",
            "Staff delivering this provision will receive 2 hours of training from the specialist each term.");

    private final ChildProfile child;
    private final PlanQuality quality;
    private final Rng rng;
    private final int detail;
    private final List<Facet> facets;
    private final List<String> otherNames;

    ProvisionComposer(ChildProfile child, PlanQuality quality, Rng rng, int detail, List<Facet> facets,
                      List<String> otherNames) {
        this.child = child;
        this.quality = quality;
        this.rng = rng;
        this.detail = detail;
        this.facets = facets;
        this.otherNames = otherNames;
    }

    private String f(String template) {
        return Elaborations.capitaliseSentences(NeedFacets.fill(template, child, SchoolYears.julyYear(child.issueDate(), 1)));
    }

    List<Block> educationalProvision() {
        List<Block> out = new ArrayList<>();
        if (quality == PlanQuality.WEAK) {
            out.add(Block.p(f("{n} will have access to a differentiated curriculum and opportunities for small group work.")));
        } else {
            out.add(Block.p(f("Class teacher (qualified teacher) to differentiate all lessons for {n}, with visual supports in every lesson, planned weekly with the SENCo.")));
        }
        int i = 0;
        for (Area area : Area.values()) {
            List<Facet> inArea = facets.stream().filter(x -> x.area() == area).toList();
            if (inArea.isEmpty()) {
                continue;
            }
            out.add(Block.sub(area.title));
            for (Facet facet : inArea) {
                boolean specific = quality == PlanQuality.STRONG || (quality == PlanQuality.ADEQUATE && i % 2 == 0);
                i++;
                if (!specific) {
                    out.add(Block.bullet(f(facet.vagueProvision())));
                    continue;
                }
                StringBuilder text = new StringBuilder(f(facet.provision()));
                for (int k = 0; k < Math.min(detail, 2); k++) {
                    text.append(' ').append(f(rng.pick(STRONG_MONITORING)));
                }
                out.add(Block.bullet(text.toString()));
            }
        }
        if (quality == PlanQuality.WEAK) {
            out.add(Block.bullet("Regular reviews of progress."));
            out.add(Block.bullet("Adult support as required."));
        }
        return out;
    }

    List<Block> healthProvision(boolean hasHealthNeeds) {
        if (!hasHealthNeeds) {
            return List.of(Block.p(quality == PlanQuality.WEAK ? "None."
                    : "No health provision is specified because no health needs were identified in section C."));
        }
        if (quality == PlanQuality.WEAK) {
            return List.of(Block.p("Health professionals to be involved as required."));
        }
        String who = switch (child.need()) {
            case HI -> "Paediatric audiologist to review {n}'s hearing aids every 6 months; Teacher of the Deaf (mandatory qualification) to visit school 1 x 60 minutes per half term.";
            case VI -> "Paediatric ophthalmologist to review {n}'s vision once a year; qualified teacher of the visually impaired to visit 1 x 60 minutes per month.";
            case PD -> "Physiotherapist (HCPC registered) to review {n}'s walking frame and programme every 12 weeks; orthotics clinic every 6 months.";
            case DS -> "Community paediatrician to check {n}'s thyroid function once a year; audiology review every 6 months for glue ear.";
            case PMLD, MSI -> "Epilepsy nurse to train named school staff in rescue medication once a year; dysphagia team to review {n}'s eating and drinking plan every 6 months.";
            default -> "Community paediatrician to review {n}'s sleep every 6 months; school nurse to provide the family with a sleep programme within 8 weeks.";
        };
        return List.of(Block.p(f(who)), Block.p("The health service named above is responsible for arranging this provision."));
    }

    List<Block> csdpaProvision(boolean hasSocialCareNeeds) {
        if (!hasSocialCareNeeds) {
            return List.of(Block.p("No provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 is required."));
        }
        return List.of(Block.p(f(quality == PlanQuality.WEAK ? "Short breaks as appropriate."
                : "Short breaks: community-based support worker, 2 x 3 hours per month, to support {n} to attend a youth club, funded by the Children with Disabilities Team and reviewed every 6 months.")));
    }

    List<Block> otherSocialCare(boolean hasSocialCareNeeds) {
        if (!hasSocialCareNeeds) {
            return List.of(Block.p("No other social care provision is required."));
        }
        return List.of(Block.p(f("Carer's assessment for {n}'s " + child.parentRelation().toLowerCase()
                + ", to be completed by the Children with Disabilities Team within 8 weeks of this plan.")));
    }

    List<Block> placement() {
        List<Block> out = new ArrayList<>();
        out.add(Block.p("Name of school or setting: " + child.setting()));
        out.add(Block.p("Type of school or setting: " + child.settingType()));
        if (quality != PlanQuality.WEAK) {
            out.add(Block.p(f("This placement starts from the date of this plan. {n} will attend full time.")));
        }
        return out;
    }

    List<Block> personalBudget() {
        if (rng.chance(0.6)) {
            return List.of(Block.p(f("A personal budget has not been requested by {n}'s family.")));
        }
        int amount = rng.between(6, 30) * 100;
        return List.of(Block.p(f("{n}'s family have requested a personal budget for the short breaks in section H.")),
                Block.p("Amount: £" + String.format(Locale.UK, "%,d", amount) + " per year, paid as a direct payment, reviewed at the annual review."));
    }

    List<Block> advice() {
        String[][] roles = {
                {"Educational psychologist advice", "Educational Psychologist (HCPC registered)"},
                {"Health advice", "Community Paediatrician"},
                {"Social care advice", "Social Worker, Children with Disabilities Team"},
                {"Education advice", "SENCo, " + child.setting()},
                {"Speech and language therapy advice", "Speech and Language Therapist"},
                {"Occupational therapy advice", "Occupational Therapist"}};
        List<Block> out = new ArrayList<>();
        int count = quality == PlanQuality.WEAK ? 3 : roles.length;
        List<String> firsts = rng.sample(NameBank.PROFESSIONAL_FIRST, count);
        List<String> lasts = rng.sample(NameBank.PROFESSIONAL_LAST, count);
        for (int i = 0; i < count; i++) {
            String name = firsts.get(i) + " " + lasts.get(i);
            otherNames.add(name);
            String date = LONG_DATE.format(child.issueDate().minusDays(rng.between(30, 120)));
            out.add(Block.bullet(roles[i][0] + " – " + name + ", " + roles[i][1] + " – " + date));
        }
        out.add(Block.bullet("Parent's views – " + child.parentName() + " (" + child.parentRelation().toLowerCase()
                + ") – " + LONG_DATE.format(child.issueDate().minusDays(rng.between(40, 130)))));
        if (quality != PlanQuality.WEAK) {
            out.add(Block.bullet(f("{n}'s views – gathered by {his} key adult – ") + LONG_DATE.format(child.issueDate().minusDays(50))));
        }
        return out;
    }
}
