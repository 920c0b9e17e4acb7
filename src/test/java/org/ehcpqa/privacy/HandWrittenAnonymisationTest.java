package org.ehcpqa.privacy;

import org.ehcpqa.plan.IssueStatus;
import org.ehcpqa.plan.PlanMetadata;
import org.ehcpqa.plan.PlanSection;
import org.ehcpqa.plan.SectionCode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Wording a generator does not write: names that are also words, diacritics, nicknames, odd formats. */
class HandWrittenAnonymisationTest {

    private final PlanAnonymiser anonymiser = new RuleBasedPlanAnonymiser();

    private static PlanMetadata metadata(String childName, LocalDate dateOfBirth, String setting) {
        return new PlanMetadata(childName, dateOfBirth, LocalDate.of(2025, 6, 2), IssueStatus.FINAL, "ASD", setting,
                9, "Year 4");
    }

    private static PlanSection section(SectionCode code, String text) {
        return new PlanSection(code, code.statutoryTitle(), text, 1);
    }

    @Test
    void namesThatAreAlsoWordsAreReplacedOnlyWhereTheyAreNames() {
        AnonymisedPlan plan = anonymiser.anonymise(StoredPlans.handWritten(
                metadata("Isabella Grace Pritchard", LocalDate.of(2016, 3, 9), "Brookfield Primary School"), List.of(
                        section(SectionCode.A, """
                                Isabella (known as Izzy) lives with her mum, Rose Pritchard, and her little brother Bill.
                                Mum says Izzy rose early every day and faced the change with grace. We hope Izzy will \
                                settle at Brookfield Primary School.
                                Mum Rose says Izzy is happiest outdoors. Izzy's grandmother, Mrs Hughes, collects her on Fridays.
                                Bill is 4. The school sent the bill for the trip home with Izzy."""),
                        section(SectionCode.K, """
                                Parent's views – Rose Pritchard (mother) – 3 March 2025
                                Educational psychologist advice – Dr Hannah Price, Educational Psychologist – 4 April 2025"""))));

        assertThat(plan.section(SectionCode.A)).isEqualTo("""
                Child A (known as Child A) lives with her mum, Person B, and her little brother Person C.
                Mum says Child A rose early every day and faced the change with grace. We hope Child A will \
                settle at [school].
                Mum Person B says Child A is happiest outdoors. Child A's grandmother, Person D, collects her on Fridays.
                Person C is 4. The school sent the bill for the trip home with Child A.""");
        assertThat(plan.section(SectionCode.K)).isEqualTo("""
                Parent's views – Person B (mother) – 3 March 2025
                Educational psychologist advice – Person E, Educational Psychologist – 4 April 2025""");
        // Other text about the plan reads with the same placeholders.
        assertThat(plan.rewrite("Izzy's mum Rose Pritchard asked Dr Price about Bill's nursery."))
                .isEqualTo("Child A's mum Person B asked Person E about Person C's nursery.");
        // Someone the plan never names gets the next placeholder; the plan's own stay as they are.
        assertThat(plan.rewrite("Her aunt, Joy Pritchard, came to the review with Rose Pritchard."))
                .isEqualTo("Her aunt, Person F, came to the review with Person B.");
        assertThat(plan.section(SectionCode.K)).contains("Person B (mother)");
    }

    @Test
    void familyNamedByFirstNameAloneAreReplacedWhereverTheyStand() {
        AnonymisedPlan plan = anonymiser.anonymise(StoredPlans.handWritten(
                metadata("Tobi Okafor", LocalDate.of(2016, 3, 9), null), List.of(
                        section(SectionCode.A, """
                                Tobi's mother, Joy Okafor, says football brings him joy. Tobi lives with his mum and \
                                his sister Adaeze; Dad (Emeka) visits at weekends.
                                Adaeze's school is nearby. Emeka's work is in Kestrelby."""),
                        section(SectionCode.D, """
                                The family live at 12 Heron Close, Ashvale, XA1 2BC. Joy can be contacted on 07700 \
                                900415 or by e-mail at joy.okafor12@example.org; Joy's sister helps.
                                JOY OKAFOR
                                Emeka
                                asked for short breaks."""),
                        section(SectionCode.K, "Parent's views – Joy\nOkafor (mother) – 3 March 2025"))));
        assertThat(plan.section(SectionCode.A)).isEqualTo("""
                Child A's mother, Person B, says football brings him joy. Child A lives with his mum and \
                his sister Person C; Dad (Person D) visits at weekends.
                Person C's school is nearby. Person D's work is in Kestrelby.""");
        assertThat(plan.section(SectionCode.D)).isEqualTo("""
                The family live at [address]. Person B can be contacted on [phone] or by e-mail at [email]; \
                Person B's sister helps.
                Person B
                Person D
                asked for short breaks.""");
        assertThat(plan.section(SectionCode.K)).isEqualTo("Parent's views – Person B (mother) – 3 March 2025");
    }

    @Test
    void familyWordingsPlansUse() {
        // Each line is its own plan about Tobi Okafor: the wording in, the text out.
        List<String[]> cases = List.of(
                new String[]{"Parent or carer: Grace Okafor (Mother)\nGrace drives Tobi to school. GRACE OKAFOR signed.",
                        "Parent or carer: Person B (Mother)\nPerson B drives Child A to school. Person B signed."},
                new String[]{"Mother's name: Faith Okafor. Faith attends every review. Keep the faith.",
                        "Mother's name: Person B. Person B attends every review. Keep the faith."},
                new String[]{"Tobi lives with Mum (Maureen) and Nan. Maureen's car is red. MAUREEN visits.",
                        "Child A lives with Mum (Person B) and Nan. Person B's car is red. Person B visits."},
                new String[]{"Tobi's brother Leo is 9. LEO and Tobi play. Leo’s bike is blue.\nLeo goes to cubs.",
                        "Child A's brother Person B is 9. Person B and Child A play. Person B’s bike is blue.\nPerson B goes to cubs."},
                new String[]{"Tobi likes to be known as Tee. TEE is happy. Tee's friends are kind.",
                        "Child A likes to be known as Child A. Child A is happy. Child A's friends are kind."},
                new String[]{"Tobi's grandmother, Zofia\nŻak, helps. ZOFIA ŻAK came. Zofia's soup.",
                        "Child A's grandmother, Person B, helps. Person B came. Person B's soup."},
                new String[]{"Mam (Siân) says Tobi is kind. Siân's view is clear. SIÂN agreed.",
                        "Mam (Person B) says Child A is kind. Person B's view is clear. Person B agreed."},
                new String[]{"Tobi's dad, Will Okafor, says he will help. Will can be reached by phone.",
                        "Child A's dad, Person B, says he will help. Person B can be reached by phone."},
                new String[]{"Tobi's stepdad Mark Ellis helps with mark making. Mark says Tobi tries hard.",
                        "Child A's stepdad Person B helps with mark making. Person B says Child A tries hard."},
                new String[]{"Tobi's sister, Mary-Jane, and his cousin O'Neill visit. Mary-Jane's room. O'Neill laughs.",
                        "Child A's sister, Person B, and his cousin Person C visit. Person B's room. Person C laughs."});
        for (String[] c : cases) {
            AnonymisedPlan plan = anonymiser.anonymise(StoredPlans.handWritten(
                    metadata("Tobi Okafor", LocalDate.of(2016, 3, 9), null), List.of(section(SectionCode.A, c[0]))));
            assertThat(plan.section(SectionCode.A)).as(c[0]).isEqualTo(c[1]);
        }
    }

    @Test
    void aFirstNameInAnEmailAddressDoesNotMakeItAnOrdinaryWord() {
        AnonymisedPlan plan = anonymiser.anonymise(StoredPlans.handWritten(
                metadata("Noor Iqbal", LocalDate.of(2012, 3, 9), null), List.of(
                        section(SectionCode.A, "Noor's foster carer, Ayesha Iqbal, describes her as kind."),
                        section(SectionCode.D, "Ayesha can be contacted by e-mail at ayesha.iqbal84@example.org."))));
        assertThat(plan.section(SectionCode.D)).isEqualTo("Person B can be contacted by e-mail at [email].");
    }

    @Test
    void hopeAsTheChildsNameAndAsAWord() {
        AnonymisedPlan plan = anonymiser.anonymise(StoredPlans.handWritten(
                metadata("Hope Marsden", LocalDate.of(2015, 1, 20), null), List.of(
                        section(SectionCode.A, "My name is Hope. I hope to be a vet. Hope's dad, Will Marsden, says she will."))));
        assertThat(plan.section(SectionCode.A))
                .isEqualTo("My name is Child A. I hope to be a vet. Child A's dad, Person B, says she will.");
    }

    @Test
    void welshPolishAndUrduNamesWithDiacriticsAndOtherScripts() {
        AnonymisedPlan plan = anonymiser.anonymise(StoredPlans.handWritten(
                metadata("Llŷr Wiśniewski", LocalDate.of(2016, 5, 3), "Ysgol Gynradd Skylark"), List.of(
                        section(SectionCode.A, """
                                Llŷr lives with his mother Zofia Żak and his dad, Łukasz Wiśniewski. His sister Małgorzata is 12.
                                Our neighbour عائشہ بی بی helps after school. My best friend is Siân.
                                Llŷr's grandfather, Muhammad Iqbal Qureshi, visits from Bradford every Eid.
                                Llŷr goes to Ysgol Gynradd Skylark and speaks Welsh, Polish and Urdu."""),
                        section(SectionCode.B, "Ms Ayesha Bibi, Speech and Language Therapist, found that Llŷr "
                                + "understands Polish instructions better than English ones. Zofia agrees."))));
        String a = plan.section(SectionCode.A);
        String b = plan.section(SectionCode.B);
        for (String name : List.of("Llŷr", "Zofia", "Żak", "Łukasz", "Wiśniewski", "Małgorzata", "عائشہ", "Siân",
                "Muhammad", "Iqbal", "Qureshi", "Ayesha", "Bibi", "Skylark")) {
            assertThat(a + b).as(name).doesNotContain(name);
        }
        assertThat(a).startsWith("Child A lives with his mother Person B and his dad, Person C. His sister Person D is 12.")
                .contains("Welsh, Polish and Urdu", "every Eid", "goes to [school]");
        assertThat(b).isEqualTo("Person H, Speech and Language Therapist, found that Child A understands Polish "
                + "instructions better than English ones. Person B agrees.");
    }

    @Test
    void identifiersInEveryUsualFormat() {
        AnonymisedPlan plan = anonymiser.anonymise(StoredPlans.handWritten(
                metadata("Amara Okafor", LocalDate.of(2015, 2, 4), "Oakfield Primary Academy"), List.of(
                        section(SectionCode.A, """
                                Amara was born on 4th February 2015 (DOB 04/02/2015; also written 2015-02-04 and Feb 4, 2015).
                                She is aged 10 years 3 months; her reading age of 7 years 2 months is a test score.
                                Amara lives at 12 Heron Close, Ashvale, XA1 2BC with Mum (Grace Okafor).
                                Contact: 07700 900 415 or (0161) 496 0123 or +44 7700 900415, grace.okafor@example.com.
                                NHS number 943 476 5919 (also 9434765919). UPN A123456789012, temporary UPN H80112345678A.
                                Previous address: Flat 3, 27 Quarry Bank Road, Kestrelby, LS1 4AP. Welsh home: 7 Heol y Felin, Woldside, CF10 1EP.
                                Her review is on 12 June 2025 and the advice is dated 04/03/2025."""))));
        assertThat(plan.section(SectionCode.A)).isEqualTo("""
                Child A was born on [date of birth] (DOB [date of birth]; also written [date of birth] and [date of birth]).
                She is aged 10 years; her reading age of 7 years 2 months is a test score.
                Child A lives at [address] with Mum (Person B).
                Contact: [phone] or [phone] or [phone], [email].
                NHS number [NHS number] (also [NHS number]). UPN [UPN], temporary UPN [UPN].
                Previous address: [address]. Welsh home: [address].
                Her review is on 12 June 2025 and the advice is dated 04/03/2025.""");
    }

    @Test
    void ordinaryCapitalisedWordsStay() {
        String text = "In September Amara will start Year 7 at Moorcroft High School. Speech and Language Therapy, "
                + "from the North locality team, "
                + "Makaton and Attention Autism sessions run on Monday and Thursday. Section F sets out the provision "
                + "agreed with the Children with Disabilities Team and the Royal College of Speech and Language Therapists. "
                + "She may move to a Special School or a Mainstream Primary School in May 2026.";
        AnonymisedPlan plan = anonymiser.anonymise(StoredPlans.handWritten(
                metadata("Amara Okafor", LocalDate.of(2015, 2, 4), null), List.of(section(SectionCode.B, text))));
        assertThat(plan.section(SectionCode.B)).isEqualTo(text.replace("Amara", "Child A")
                .replace("Moorcroft High School", "[school]"));
    }

    @Test
    void theSamePersonIsTheSamePlaceholderInEverySection() {
        AnonymisedPlan plan = anonymiser.anonymise(StoredPlans.handWritten(
                metadata("Amara Okafor", LocalDate.of(2015, 2, 4), null), List.of(
                        section(SectionCode.A, "Mum (Grace Okafor) and Dad (Tobi Okafor) want Amara to be happy."),
                        section(SectionCode.D, "Mrs Okafor is Amara's main carer. Grace has asked for short breaks."),
                        section(SectionCode.K, "Parent's views – Grace Okafor (mother) – 3 March 2025\n"
                                + "Signed: Helen Whitcombe, SEND Case Officer"))));
        assertThat(plan.section(SectionCode.A)).isEqualTo("Mum (Person B) and Dad (Person C) want Child A to be happy.");
        assertThat(plan.section(SectionCode.D)).isEqualTo("Person B is Child A's main carer. Person B has asked for short breaks.");
        assertThat(plan.section(SectionCode.K)).isEqualTo("Parent's views – Person B (mother) – 3 March 2025\n"
                + "Signed: Person D, SEND Case Officer");
    }

    @Test
    void withoutAChildNameInTheMetadataTheChildIsFoundInTheText() {
        AnonymisedPlan plan = anonymiser.anonymise(StoredPlans.handWritten(
                new PlanMetadata(null, null, null, null, null, null, null, null), List.of(
                        section(SectionCode.A, "My name is Oliver Haigh and I am 9. Oliver likes trains."),
                        section(SectionCode.E, "By July 2026 Oliver will read 100 words."))));
        assertThat(plan.section(SectionCode.A)).isEqualTo("My name is Child A and I am 9. Child A likes trains.");
        assertThat(plan.section(SectionCode.E)).isEqualTo("By July 2026 Child A will read 100 words.");
        assertThat(plan.sections()).doesNotContainKey(SectionCode.B);
        assertThat(plan.section(SectionCode.B)).isEmpty();
    }
}
