package org.ehcpqa.synthetic;

/**
 * Generated plans composed without writing or measuring a file (a few milliseconds each instead of
 * a second), for tests and benchmarks that need thousands of plans' text and truth.
 */
public final class ComposedPlans {

    private ComposedPlans() {
    }

    /** Style, quality, need and length all from the seed. */
    public static PlanTruth truth(long seed) {
        Rng rng = new Rng(seed ^ 0x5EEDL);
        HouseStyle style = rng.pick(HouseStyle.values());
        PlanQuality quality = rng.pick(PlanQuality.values());
        PrimaryNeed need = SyntheticPlanGenerator.primaryNeed(new Rng(seed).fork("need"));
        int detail = 2 + rng.between(0, 10);
        return PlanComposer.compose(seed, style, quality, need, detail).truth();
    }

    public static PlanTruth truth(long seed, HouseStyle style, PlanQuality quality) {
        PrimaryNeed need = SyntheticPlanGenerator.primaryNeed(new Rng(seed).fork("need"));
        return PlanComposer.compose(seed, style, quality, need, 6).truth();
    }
}
