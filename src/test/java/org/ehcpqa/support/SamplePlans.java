package org.ehcpqa.support;

import java.nio.charset.StandardCharsets;

/** Small hand-written plans for HTTP tests that need a valid EHCP but not a realistic one. */
public final class SamplePlans {

    private SamplePlans() {
    }

    /** A minimal but complete plan as UTF-8 text; the marker makes its bytes unique. */
    public static byte[] text(String childName, String dateOfBirth, String issueDate, String marker) {
        String plan = """
                Education, Health and Care Plan
                Name: %1$s
                Date of birth: %2$s
                Date of issue: %3$s
                Status: Final

                Section A: Views, interests and aspirations
                I like trains and drawing. I want to be an engineer. Reference %4$s.

                Section B: Special educational needs
                %1$s has difficulty with expressive language and with working memory.

                Section C: Health needs
                No health needs related to special educational needs were identified.

                Section D: Social care needs
                No social care needs were identified.

                Section E: Outcomes
                By July 2027 %1$s will use sentences of five words to ask for help in class.

                Section F: Special educational provision
                Speech and language therapist, 30 minutes twice a week, one to one.

                Section G: Health provision
                None required.

                Section H1: Social care provision under section 2 of the CSDPA 1970
                None required.

                Section H2: Other social care provision
                None required.

                Section I: Placement
                Brookfield Primary School, a mainstream primary school.

                Section J: Personal budget
                No personal budget was requested.

                Section K: Advice and information
                Educational psychologist advice, Dr R. Ellery, 3 March 2025.
                """.formatted(childName, dateOfBirth, issueDate, marker);
        return plan.getBytes(StandardCharsets.UTF_8);
    }
}
