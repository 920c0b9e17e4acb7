package org.ehcpqa.ingest;

/** Wires the segmenter by hand, as the Micronaut context would, for plain unit tests. */
public final class Segmenters {

    private Segmenters() {
    }

    static SectionHeadingRecogniser recogniser() {
        return new SectionHeadingRecogniser();
    }

    static MetadataExtractor metadataExtractor() {
        return new MetadataExtractor(new PlanDateParser(), new PrimaryNeedClassifier(), new EnglishSchoolYear());
    }

    public static PlanSegmenter segmenter() {
        SectionHeadingRecogniser recogniser = recogniser();
        return new PlanSegmenter(new RunningHeaderFooterFilter(), recogniser, new TableOfContentsFilter(recogniser),
                metadataExtractor(), new SegmentationWarnings(), new PlanShapeAssessor(new PlanDateParser()));
    }
}
