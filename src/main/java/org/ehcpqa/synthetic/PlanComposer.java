package org.ehcpqa.synthetic;

import org.ehcpqa.plan.PlanMetadata;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.synthetic.NeedFacets.Area;
import org.ehcpqa.synthetic.NeedFacets.Facet;
import org.ehcpqa.synthetic.PlanDocument.Block;
import org.ehcpqa.synthetic.PlanDocument.Field;
import org.ehcpqa.synthetic.PlanDocument.Section;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Composes one plan (model and truth) from a seed; the same inputs always give the same plan. */
final class PlanComposer {
    /** A composed plan and its ground truth. */
    record Composed(PlanDocument document, PlanTruth truth, ChildProfile child) {
    }

    private PlanComposer() {
    }

    static Composed compose(long seed, HouseStyle style, PlanQuality quality, PrimaryNeed need, int detail) {
        Rng root = new Rng(seed);
        ChildProfile child = ProfileFactory.create(root.fork("child"), need);
        return compose(root, child, style, quality, detail);
    }

    static Composed compose(Rng root, ChildProfile child, HouseStyle style, PlanQuality quality, int detail) {
        List<Facet> facets = chooseFacets(root.fork("facets"), child.need(), detail);
        List<String> otherNames = new ArrayList<>();
        otherNames.add(child.parentName());
        NeedsComposer needs = new NeedsComposer(child, quality, root.fork("needs"), detail, facets);
        ProvisionComposer provision = new ProvisionComposer(child, quality, root.fork("provision"), detail,
                facets, otherNames);

        // Forked here, in the order they always were: adding the personal extras shifts no other choice.
        Rng misc = root.fork("officer");
        PersonalExtras extras = PersonalExtras.create(root.fork("personal"), child);
        Map<SectionCode, List<Block>> bodies = new EnumMap<>(SectionCode.class);
        bodies.put(SectionCode.A, needs.viewsInterestsAspirations());
        bodies.put(SectionCode.B, needs.needs());
        bodies.put(SectionCode.C, needs.health());
        bodies.put(SectionCode.D, needs.socialCare());
        bodies.put(SectionCode.E, needs.outcomes());
        bodies.put(SectionCode.F, provision.educationalProvision());
        bodies.put(SectionCode.G, provision.healthProvision(needs.hasHealthNeeds()));
        List<Block> h1 = provision.csdpaProvision(needs.hasSocialCareNeeds());
        List<Block> h2 = provision.otherSocialCare(needs.hasSocialCareNeeds());
        if (style.combinedSocialCare()) {
            // One heading, one truth entry (code H1) holding both parts in document order.
            List<Block> both = new ArrayList<>();
            both.add(Block.sub("Provision under section 2 of the Chronically Sick and Disabled Persons Act 1970"));
            both.addAll(h1);
            both.add(Block.sub("Other social care provision"));
            both.addAll(h2);
            bodies.put(SectionCode.H1, both);
        } else {
            bodies.put(SectionCode.H1, h1);
            bodies.put(SectionCode.H2, h2);
        }
        bodies.put(SectionCode.I, provision.placement());
        bodies.put(SectionCode.J, provision.personalBudget());
        bodies.put(SectionCode.K, provision.advice());

        for (SectionCode code : List.of(SectionCode.A, SectionCode.B, SectionCode.C, SectionCode.D, SectionCode.I)) {
            List<Block> body = new ArrayList<>(bodies.get(code));
            body.addAll(extras.blocks(code));
            bodies.put(code, body);
        }

        List<Section> sections = new ArrayList<>();
        List<SectionTruth> truths = new ArrayList<>();
        for (SectionCode code : style.order()) {
            Section section = new Section(code, style.heading(code), bodies.get(code));
            sections.add(section);
            truths.add(new SectionTruth(code, section.heading(), section.bodyText()));
        }

        String officer = misc.pick(NameBank.PROFESSIONAL_FIRST) + " " + misc.pick(NameBank.PROFESSIONAL_LAST);
        otherNames.add(officer);
        String issued = ProvisionComposer.LONG_DATE.format(child.issueDate());
        List<String> closing = List.of(
                "Signed: " + officer + ", SEND Case Officer, on behalf of " + style.council(),
                "Date: " + issued);

        PlanDocument document = new PlanDocument(style, style.council(), "Education, Health and Care Plan",
                frontPage(child, style), sections, closing,
                style.runningHeader(child.fullName()), style.runningFooter(child.fullName()));
        PlanMetadata metadata = new PlanMetadata(child.fullName(), child.dateOfBirth(), child.issueDate(),
                child.status(), child.need().code(), child.setting(), child.age(), child.schoolYear());
        otherNames.addAll(extras.names());
        List<String> childNames = new ArrayList<>(List.of(child.fullName(), child.firstName(), child.lastName()));
        childNames.addAll(extras.nicknames());
        PersonalDetails personal = new PersonalDetails(List.copyOf(childNames), List.copyOf(otherNames),
                child.dateOfBirth(), child.nhsNumber(), child.upn(), child.postcode(), child.address(),
                child.email(), child.phone(), List.of(child.setting()));
        return new Composed(document, new PlanTruth(style.name(), quality, metadata, truths, personal), child);
    }

    static List<Field> frontPage(ChildProfile child, HouseStyle style) {
        String status = child.status().name().charAt(0) + child.status().name().substring(1).toLowerCase(Locale.ROOT);
        return List.of(
                new Field("Name of child or young person", child.fullName()),
                new Field("Date of birth", ProvisionComposer.LONG_DATE.format(child.dateOfBirth())),
                new Field(style.issueDateLabel(), ProvisionComposer.LONG_DATE.format(child.issueDate())),
                new Field("Plan status", status),
                new Field("NHS number", child.nhsNumber()),
                new Field("UPN", child.upn()),
                new Field("Home address", child.address()),
                new Field("Parent or carer", child.parentName() + " (" + child.parentRelation() + ")"),
                new Field("Email", child.email()),
                new Field("Telephone", child.phone()),
                new Field("Primary need", child.need().words()),
                new Field("Local authority", style.council()));
    }

    /** More facets, and more detail in each, make a longer plan; the child's primary area leads. */
    static List<Facet> chooseFacets(Rng rng, PrimaryNeed need, int detail) {
        Area primary = switch (need) {
            case ASD, SLCN -> Area.COMMUNICATION;
            case MLD, SLD, PMLD, SPLD, DS -> Area.COGNITION;
            case SEMH -> Area.SEMH;
            case HI, VI, MSI, PD -> Area.SENSORY;
            case OTH -> rng.pick(Area.values());
        };
        List<Facet> chosen = new ArrayList<>();
        for (Area area : Area.values()) {
            List<Facet> inArea = NeedFacets.FACETS.stream().filter(x -> x.area() == area).toList();
            int count = area == primary ? Math.min(inArea.size(), 2 + detail / 2)
                    : Math.min(inArea.size(), (detail >= 2 || rng.chance(0.6) ? 1 : 0) + detail / 3);
            chosen.addAll(rng.sample(inArea, count));
        }
        return chosen;
    }
}
