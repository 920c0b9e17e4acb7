package org.ehcpqa.synthetic;

import org.ehcpqa.synthetic.NeedFacets.Area;
import org.ehcpqa.synthetic.NeedFacets.Facet;
import org.ehcpqa.synthetic.PlanDocument.Block;

import java.util.ArrayList;
import java.util.List;

/** Writes sections A to E: the child's voice, the needs and the outcomes that follow from them. */
final class NeedsComposer {
    private static final List<String> INTERESTS = List.of("drawing dinosaurs", "swimming on Saturdays",
            "playing Minecraft", "trains and timetables", "baking with my nan", "football", "singing",
            "animals, especially horses", "building with Lego", "watching cartoons", "gymnastics",
            "looking after my little brother", "cooking", "fixing bikes", "drawing comics");
    private static final List<String> ASPIRATIONS = List.of("work with animals", "be a chef", "drive a bus",
            "work in a garage", "make videos online", "be a nurse", "work in a shop", "be an artist",
            "work with computers", "look after children");
    private static final List<String> EARLY_INTERESTS = List.of("playing with water", "bubbles",
            "sand play", "singing nursery rhymes", "the swings", "stacking blocks", "sharing books with my family",
            "playing with cars", "splashing in puddles", "messy play with paint");
    private static final List<String> EARLY_HELPS = List.of("grown-ups use my name before they talk to me",
            "I can see pictures of what comes next", "it is quiet", "I have my comforter", "grown-ups sing with me");
    private static final List<String> HELPS = List.of("people tell me what is going to happen next",
            "I can have a break when I feel cross", "adults speak slowly and show me pictures",
            "I sit near the front", "I have a quiet place to go", "I know who to ask for help",
            "I get time to finish my work", "my friends are near me");

    private final ChildProfile child;
    private final PlanQuality quality;
    private final Rng rng;
    private final int detail;
    private final List<Facet> facets;
    private boolean hasHealthNeeds;
    private boolean hasSocialCareNeeds;

    NeedsComposer(ChildProfile child, PlanQuality quality, Rng rng, int detail, List<Facet> facets) {
        this.child = child;
        this.quality = quality;
        this.rng = rng;
        this.detail = detail;
        this.facets = facets;
    }

    private String f(String template) {
        return Elaborations.capitaliseSentences(NeedFacets.fill(template, child, julyYear()));
    }

    int julyYear() {
        return SchoolYears.julyYear(child.issueDate(), 1);
    }

    List<Block> viewsInterestsAspirations() {
        List<Block> out = new ArrayList<>();
        boolean early = child.earlyYears();
        List<String> likes = rng.sample(early ? EARLY_INTERESTS : INTERESTS, 3 + Math.min(detail, 12) / 2);
        String aspiration = rng.pick(ASPIRATIONS);
        if (quality == PlanQuality.WEAK) {
            String third = (likes.get(0) + " and " + likes.get(1)).replace("my ", child.possessive() + " ");
            out.add(Block.p(f("{n} is a " + child.age() + " year old who likes " + third
                    + ". {n}'s parents want {him} to be happy and to make progress.")));
            return out;
        }
        out.add(Block.sub("About me"));
        out.add(Block.p(f("My name is {n} and I am " + child.age() + ". I go to " + child.setting() + ".")));
        out.add(Block.sub("What I like and what is important to me"));
        for (String like : likes) {
            out.add(Block.bullet("I really like " + like.replace("my nan", "my nan") + "."));
        }
        out.add(Block.sub("What helps me"));
        for (String help : rng.sample(early ? EARLY_HELPS : HELPS, 2 + Math.min(detail, 12) / 2)) {
            out.add(Block.bullet("It helps me when " + help + "."));
        }
        out.add(Block.sub("My hopes for the future"));
        String leave = child.postSixteen() ? "college" : "school";
        out.add(Block.p(early
                ? "My family hope that I will be able to tell grown-ups what I need and play alongside other children."
                : child.preparingForAdulthood()
                ? "When I leave " + leave + " I want to " + aspiration + ". I would like to live with my friends one day with some help, and to travel on the bus on my own."
                : "When I grow up I want to " + aspiration + ". This year I want to make a new friend and get better at reading."));
        out.add(Block.sub("What my family say"));
        out.add(Block.p(f("{n}'s " + child.parentRelation().toLowerCase() + ", " + child.parentName()
                + ", describes {him} as kind, funny and determined. The family would like {n} to feel safe and happy at "
                + child.setting() + " and to be understood by the adults who work with {him}.")));
        if (quality == PlanQuality.ADEQUATE) {
            out.add(Block.p(f("{n} told the caseworker that {he} likes "
                    + likes.get(0).replace("my ", child.possessive() + " ") + ".")));
        }
        return out;
    }

    List<Block> needs() {
        List<Block> out = new ArrayList<>();
        out.add(Block.p(f("{n}'s primary need is " + child.need().words().toLowerCase()
                + ". The needs below are drawn from the advice listed in section K.")));
        for (Area area : Area.values()) {
            List<Facet> inArea = facets.stream().filter(x -> x.area() == area).toList();
            if (inArea.isEmpty()) {
                continue;
            }
            out.add(Block.sub(area.title));
            for (Facet facet : inArea) {
                StringBuilder p = new StringBuilder(f(facet.need()));
                // Weak plans are not short: they describe at length and then specify little.
                int extra = detail;
                for (int i = 0; i < extra; i++) {
                    // Long evidence reads as several paragraphs, as caseworkers write it.
                    if (i > 0 && i % 4 == 0) {
                        out.add(Block.p(p.toString()));
                        p.setLength(0);
                    }
                    p.append(p.isEmpty() ? "" : " ").append(Elaborations.sentence(rng, child, julyYear()));
                }
                out.add(Block.p(p.toString()));
            }
        }
        return out;
    }

    List<Block> health() {
        String condition = switch (child.need()) {
            case HI -> "{n} has a bilateral moderate sensorineural hearing loss and wears two hearing aids, reviewed by the audiology service every 6 months.";
            case VI -> "{n} has nystagmus and reduced visual acuity (6/36 with both eyes), monitored by the paediatric ophthalmologist yearly.";
            case PD -> "{n} has cerebral palsy (spastic diplegia) and uses a walking frame for longer distances.";
            case DS -> "{n} has Down syndrome; {his} thyroid function is checked every year and {he} has glue ear.";
            case PMLD, MSI -> "{n} has epilepsy controlled by medication, and needs support to eat and drink safely (a modified diet as set out by the dysphagia team).";
            case ASD -> "{n} has difficulty settling to sleep and waking in the night, known to the community paediatrician.";
            default -> null;
        };
        hasHealthNeeds = condition != null && !rng.chance(0.25);
        if (!hasHealthNeeds) {
            return List.of(Block.p(quality == PlanQuality.WEAK ? "None known."
                    : f("No health needs related to {n}'s special educational needs have been identified. Source: health advice from the community paediatrician.")));
        }
        List<Block> out = new ArrayList<>(List.of(Block.p(f(condition))));
        if (quality != PlanQuality.WEAK) {
            out.add(Block.p(f("Source: health advice from the community paediatrician and the school nursing team. {n}'s family report that this affects {his} energy and concentration in the afternoon.")));
        }
        return out;
    }

    List<Block> socialCare() {
        hasSocialCareNeeds = rng.chance(0.5);
        if (!hasSocialCareNeeds) {
            return List.of(Block.p(quality == PlanQuality.WEAK ? "N/A"
                    : f("No social care needs related to {n}'s special educational needs or disability have been identified. Source: social care advice from the Children with Disabilities Team.")));
        }
        return List.of(Block.p(f("{n} needs support from an adult to take part in activities outside the home because of {his} needs. {n}'s family have asked for a short breaks assessment.")),
                Block.p(f("{n}'s " + child.parentRelation().toLowerCase() + " is {his} main carer and has been offered a carer's assessment.")));
    }

    /** Valid after {@link #health()}. */
    boolean hasHealthNeeds() {
        return hasHealthNeeds;
    }

    /** Valid after {@link #socialCare()}. */
    boolean hasSocialCareNeeds() {
        return hasSocialCareNeeds;
    }

    List<Block> outcomes() {
        List<Block> out = new ArrayList<>();
        if (quality == PlanQuality.STRONG) {
            out.add(Block.p(f("Each outcome below follows from a need in section B and will be reviewed at {n}'s annual review.")));
        }
        for (int i = 0; i < facets.size(); i++) {
            Facet facet = facets.get(i);
            boolean smart = quality == PlanQuality.STRONG || (quality == PlanQuality.ADEQUATE && i % 2 == 0);
            if (smart) {
                out.add(Block.bullet(f(facet.smart())));
                if (quality == PlanQuality.STRONG && detail >= 3) {
                    out.add(Block.p(f("Steps towards this outcome: by the end of the autumn term {n} will manage this with an adult prompt; by the end of the spring term with a visual reminder only.")));
                }
            } else {
                out.add(Block.bullet(f(facet.vague())));
            }
        }
        if (child.preparingForAdulthood() && quality != PlanQuality.WEAK) {
            int by = SchoolYears.julyYear(child.issueDate(), 2);
            out.add(Block.sub("Preparing for adulthood"));
            out.add(Block.bullet(f("Employment: by July " + by + ", {n} will complete a one-week work experience placement in a role linked to {his} interests, with a job coach, and say what {he} enjoyed.")));
            out.add(Block.bullet(f("Independent living: by July " + by + ", {n} will make a simple hot meal, following a picture recipe, with no more than two adult prompts.")));
            out.add(Block.bullet(f("Community inclusion: by July " + by + ", {n} will travel on a familiar bus route to college independently, after completing travel training.")));
            out.add(Block.bullet(f("Good health: by July " + by + ", {n} will book and attend {his} own GP appointment with a supporter present.")));
        }
        return out;
    }
}
