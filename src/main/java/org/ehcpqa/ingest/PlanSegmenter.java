package org.ehcpqa.ingest;

import jakarta.inject.Singleton;
import org.ehcpqa.plan.PlanMetadata;
import org.ehcpqa.plan.SectionCode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Placeholder until the segmentation work lands: "Section X" headings only. */
@Singleton
public class PlanSegmenter {

    private static final Pattern HEADING = Pattern.compile("(?m)^Section (H1|H2|[A-K])[:.]?\\s*(.*)$");

    public SegmentedPlan segment(ExtractedText text) {
        Matcher m = HEADING.matcher(text.text());
        List<int[]> starts = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[]{m.start(), m.end()});
            codes.add(m.group(1));
        }
        List<SegmentedSection> sections = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.text().length();
            sections.add(new SegmentedSection(SectionCode.valueOf(codes.get(i)),
                    text.text().substring(starts.get(i)[0], starts.get(i)[1]).trim(),
                    text.text().substring(starts.get(i)[1], end).trim(), text.pageAt(starts.get(i)[0])));
        }
        return new SegmentedPlan(new PlanMetadata(null, null, null, null, null, null, null, null), sections, List.of());
    }

    public PlanShape assess(ExtractedText text, SegmentedPlan plan) {
        return plan.sections().size() < 6 ? PlanShape.NOT_AN_EHCP : PlanShape.EHCP;
    }
}
