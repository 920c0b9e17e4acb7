package org.ehcpqa.synthetic;

import io.micronaut.serde.annotation.Serdeable;
import org.ehcpqa.plan.PlanMetadata;

import java.util.List;

/**
 * The ground truth of one generated plan.
 *
 * @param houseStyle the name of the council house style it was written in
 * @param sections   in document order
 */
@Serdeable
public record PlanTruth(
        String houseStyle,
        PlanQuality quality,
        PlanMetadata metadata,
        List<SectionTruth> sections,
        PersonalDetails personal) {
}
