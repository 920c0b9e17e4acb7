package org.ehcpqa.synthetic;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * Every personal detail the generator wrote into a plan, so tests can prove none survives
 * anonymisation. All of it is invented.
 *
 * @param childNames   the child's full name, first name, last name and any nickname used
 * @param otherNames   family members and professionals named in the plan
 * @param schoolNames  schools and settings named in the plan
 */
@Serdeable
public record PersonalDetails(
        List<String> childNames,
        List<String> otherNames,
        LocalDate dateOfBirth,
        String nhsNumber,
        String upn,
        String postcode,
        String address,
        String email,
        String phone,
        List<String> schoolNames) {
}
