package org.ehcpqa.synthetic;

import org.ehcpqa.synthetic.PlanComposer.Composed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Generates synthetic EHCPs with their ground truth. Deterministic: the same seed (and options)
 * always gives the same plan and truth. Instances are immutable and safe to share.
 *
 * <p>Length: by default each plan's text aims at a page count drawn from the seed between
 * {@value #MIN_DEFAULT_PAGES} and {@value #MAX_DEFAULT_PAGES} A4 pages of PDF with its sections
 * flowing; styles that add a contents page or start each section on a new page come out a few
 * pages longer (about 20 pages on average over all styles, what benchmarks assume).
 * {@link #withTargetPages(int)} fixes the target. The other formats carry the same content, so
 * their length follows.
 */
public final class SyntheticPlanGenerator {
    public static final int MIN_DEFAULT_PAGES = 10;
    public static final int MAX_DEFAULT_PAGES = 22;
    private static final int MAX_DETAIL = 48;

    private final int targetPages;

    /** Page targets drawn from each seed. */
    public SyntheticPlanGenerator() {
        this(0);
    }

    private SyntheticPlanGenerator(int targetPages) {
        this.targetPages = targetPages;
    }

    /**
     * A generator whose plans' text fills this many PDF pages when sections flow (a style with a
     * new page per section or a contents page adds its own; very short targets are bounded below
     * by the plan's fixed parts, about 4 pages).
     */
    public SyntheticPlanGenerator withTargetPages(int pages) {
        if (pages < 1) {
            throw new IllegalArgumentException("pages must be positive");
        }
        return new SyntheticPlanGenerator(pages);
    }

    /** A plan whose style, format, quality, primary need and phase all come from the seed. */
    public GeneratedPlan generate(long seed) {
        Rng rng = new Rng(seed ^ 0x5EEDL);
        HouseStyle style = rng.pick(HouseStyle.values());
        DocumentFormat format = rng.pick(DocumentFormat.values());
        PlanQuality quality = rng.pick(PlanQuality.values());
        return generate(seed, style, format, quality);
    }

    public GeneratedPlan generate(long seed, HouseStyle style, DocumentFormat format, PlanQuality quality) {
        Composed composed = compose(seed, style, quality);
        byte[] bytes = writer(format).write(composed.document());
        return new GeneratedPlan(fileName(seed, style, quality, format), format, bytes, composed.truth());
    }

    /**
     * {@code count} plans cycling through every style and every format (style changes fastest,
     * the format moving on by one each round of styles, so
     * every pair appears within 48 plans); quality and the child come from the seed.
     */
    public List<GeneratedPlan> corpus(long seed, int count) {
        HouseStyle[] styles = HouseStyle.values();
        DocumentFormat[] formats = DocumentFormat.values();
        PlanQuality[] qualities = PlanQuality.values();
        List<GeneratedPlan> plans = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            HouseStyle style = styles[i % styles.length];
            DocumentFormat format = formats[(i % styles.length + i / styles.length) % formats.length];
            PlanQuality quality = qualities[(i / 3 + i) % qualities.length];
            plans.add(generate(seed * 1_000_003L + i, style, format, quality));
        }
        return plans;
    }

    /** The composed model and truth, before any file is written (for writers and tests). */
    Composed compose(long seed, HouseStyle style, PlanQuality quality) {
        Rng rng = new Rng(seed);
        PrimaryNeed need = primaryNeed(rng.fork("need"));
        int target = targetPages > 0 ? targetPages
                : rng.fork("length").between(MIN_DEFAULT_PAGES, MAX_DEFAULT_PAGES);
        PdfPlanWriter measure = new PdfPlanWriter();
        // The page count grows with detail; find the least detail that reaches the target.
        int low = 0;
        int high = MAX_DETAIL;
        while (low < high) {
            int mid = (low + high) / 2;
            Composed trial = PlanComposer.compose(seed, style, quality, need, mid);
            if (measure.countFlowingPages(trial.document()) >= target) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return PlanComposer.compose(seed, style, quality, need, low);
    }

    /** Roughly the national mix of primary needs in plans (SEN2, January 2025). */
    static PrimaryNeed primaryNeed(Rng rng) {
        int roll = rng.between(1, 100);
        int[] cumulative = {33, 54, 69, 76, 80, 81, 85, 87, 88, 89, 94, 96, 100};
        PrimaryNeed[] needs = {PrimaryNeed.ASD, PrimaryNeed.SLCN, PrimaryNeed.SEMH, PrimaryNeed.MLD,
                PrimaryNeed.SLD, PrimaryNeed.PMLD, PrimaryNeed.SPLD, PrimaryNeed.HI, PrimaryNeed.VI,
                PrimaryNeed.MSI, PrimaryNeed.PD, PrimaryNeed.DS, PrimaryNeed.OTH};
        for (int i = 0; i < cumulative.length; i++) {
            if (roll <= cumulative[i]) {
                return needs[i];
            }
        }
        return PrimaryNeed.OTH;
    }

    static PlanWriter writer(DocumentFormat format) {
        return switch (format) {
            case PDF -> new PdfPlanWriter();
            case DOCX -> new DocxPlanWriter();
            case DOC -> new DocPlanWriter();
            case ODT -> new OdtPlanWriter();
            case RTF -> new RtfPlanWriter();
            case TXT -> new TxtPlanWriter();
        };
    }

    static String fileName(long seed, HouseStyle style, PlanQuality quality, DocumentFormat format) {
        return "ehcp-" + Long.toUnsignedString(seed, 36) + "-" + style.name().toLowerCase(Locale.ROOT).replace('_', '-')
                + "-" + quality.name().toLowerCase(Locale.ROOT) + "." + format.extension();
    }
}
