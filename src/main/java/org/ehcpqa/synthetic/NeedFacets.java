package org.ehcpqa.synthetic;

import java.util.List;

/**
 * The phrase bank behind the golden thread: each facet is one need with the SMART and the vague
 * outcome for it, and the quantified and the vague provision that meets it. Placeholders: {n}
 * first name, {he} {his} {him} pronouns, {by} the July an outcome is due.
 */
final class NeedFacets {
    private NeedFacets() {
    }

    enum Area {
        COMMUNICATION("Communication and interaction"),
        COGNITION("Cognition and learning"),
        SEMH("Social, emotional and mental health"),
        SENSORY("Sensory and/or physical needs");

        final String title;

        Area(String title) {
            this.title = title;
        }
    }

    record Facet(Area area, String need, String smart, String vague, String provision, String vagueProvision) {
    }

    static final List<Facet> FACETS = List.of(
            new Facet(Area.COMMUNICATION,
                    "{n} understands short instructions of two key words but loses the meaning of longer spoken instructions, especially in a noisy room.",
                    "By July {by}, {n} will follow spoken instructions containing three key words in class on four out of five occasions, as recorded by the speech and language therapist.",
                    "To improve {his} understanding of language.",
                    "Speech and language therapist (HCPC registered) to deliver direct therapy on understanding instructions, 3 x 30 minutes per week, 1:1, for 30 weeks, and to review targets each term.",
                    "Access to speech and language therapy as required."),
            new Facet(Area.COMMUNICATION,
                    "{n} uses single words and short phrases to request but rarely starts a conversation with another child.",
                    "By July {by}, {n} will start and keep a conversation of three turns with a familiar peer at least twice a day, as recorded on a weekly tally by {his} key adult.",
                    "To develop social skills.",
                    "Teaching assistant trained in Attention Autism and Intensive Interaction to run a social communication group of no more than 4 pupils, 4 x 20 minutes per week, planned with the speech and language therapist each half term.",
                    "Opportunities for social skills groups."),
            new Facet(Area.COMMUNICATION,
                    "{n} finds it hard to read the facial expressions and tone of voice of others and can take what is said literally.",
                    "By the end of the spring term {by}, {n} will name the feelings of characters in four out of five social stories, as assessed by the specialist teacher.",
                    "To understand other people's feelings better.",
                    "Specialist teacher for autism (qualified teacher with a postgraduate autism award) to deliver social stories and comic strip conversations, 2 x 20 minutes per week, 1:1, and to advise class staff once each half term.",
                    "Regular support with understanding others."),
            new Facet(Area.COMMUNICATION,
                    "{n}'s speech is unclear to unfamiliar listeners because of difficulties producing the sounds k, g, s and sh.",
                    "By July {by}, {n} will produce k and g correctly at the start of words in structured activities with 80% accuracy, as measured by the speech and language therapist.",
                    "To speak more clearly.",
                    "Speech and language therapist (HCPC registered) to plan a speech sound programme; teaching assistant trained by the therapist to deliver it 5 x 10 minutes per week, 1:1, with a therapy review every 6 weeks.",
                    "Access to a speech programme."),
            new Facet(Area.COGNITION,
                    "{n} is working well below age-related expectations in reading and decodes consonant-vowel-consonant words with support.",
                    "By July {by}, {n} will read 100 high-frequency words on sight and decode unfamiliar two-syllable words with 90% accuracy, as assessed termly with the school's phonics assessment.",
                    "To improve reading.",
                    "Qualified teacher to deliver a structured synthetic phonics intervention, 5 x 20 minutes per week, in a group of no more than 3 pupils, with progress recorded every 6 weeks by the SENCo.",
                    "Access to reading interventions."),
            new Facet(Area.COGNITION,
                    "{n} has a weak working memory: {he} can hold two pieces of information at once and loses track of tasks with several steps.",
                    "By July {by}, {n} will use a visual task planner to complete a four-step task independently in three out of four lessons, as recorded by class staff.",
                    "To work more independently.",
                    "Class teacher to provide a visual task planner in every lesson; teaching assistant to model its use for the first 5 minutes of each lesson and fade prompts over 12 weeks, reviewed by the SENCo each half term.",
                    "Support from an adult where needed."),
            new Facet(Area.COGNITION,
                    "{n}'s understanding of number is secure to 10 but {he} cannot yet add or subtract across 10 without concrete apparatus.",
                    "By July {by}, {n} will add and subtract numbers to 20 using a number line with 80% accuracy in weekly checks.",
                    "To make progress in maths.",
                    "Teaching assistant trained in a structured numeracy programme to deliver it 3 x 30 minutes per week, 1:1, overseen by the maths lead, with assessment every 8 weeks.",
                    "Opportunities for maths support."),
            new Facet(Area.COGNITION,
                    "{n} writes slowly and {his} spelling of common words is inconsistent, which limits how much {he} can record in lessons.",
                    "By July {by}, {n} will touch-type at 20 words per minute and use speech-to-text to record a half-page response in English and science lessons, as checked monthly by the SENCo.",
                    "To improve writing.",
                    "Teaching assistant to deliver a touch-typing programme, 3 x 15 minutes per week, 1:1; school to provide a laptop with speech-to-text software in all lessons from the start of term.",
                    "Access to ICT as required."),
            new Facet(Area.SEMH,
                    "{n} becomes highly anxious at transitions between activities and at unexpected changes, which can lead to {him} leaving the classroom.",
                    "By July {by}, {n} will move between activities using a now-and-next board with no more than one adult prompt on four days out of five, as recorded on {his} daily log.",
                    "To manage anxiety.",
                    "Key adult (teaching assistant trained in emotion coaching) to meet {n} at the start of each day for 10 minutes, to prepare {him} for changes using a visual timetable, and to review the daily log with the SENCo every 2 weeks.",
                    "Regular check-ins with a trusted adult."),
            new Facet(Area.SEMH,
                    "{n} finds it difficult to name and regulate strong emotions and can hit out when frustrated.",
                    "By July {by}, {n} will use {his} zones of regulation card to ask for a break before becoming distressed on at least 8 out of 10 occasions, as recorded by staff.",
                    "To improve behaviour.",
                    "Emotional literacy support assistant (ELSA trained) to deliver 1 x 30 minutes per week, 1:1, for 12 weeks, followed by a review with the educational psychologist.",
                    "Opportunities for emotional support."),
            new Facet(Area.SEMH,
                    "{n} has low self-esteem about learning and often says {he} is 'stupid' when a task looks hard.",
                    "By the end of {by}, {n} will rate {his} confidence in maths at 4 or more on a 5-point scale in three consecutive half-termly reviews.",
                    "To be more confident.",
                    "School counsellor (BACP registered) to deliver 6 sessions of 45 minutes, 1:1, each term, with feedback to parents after each block.",
                    "Access to counselling if needed."),
            new Facet(Area.SEMH,
                    "{n} has few friendships and spends most breaktimes alone, which {his} family say makes {him} unhappy.",
                    "By July {by}, {n} will join a structured lunchtime club with at least one named peer on three days a week, as recorded by the learning mentor.",
                    "To make friends.",
                    "Learning mentor to run a lunchtime club for no more than 6 pupils, 3 x 30 minutes per week, and to report attendance to parents each half term.",
                    "Support at unstructured times."),
            new Facet(Area.SENSORY,
                    "{n} is over-sensitive to noise and bright light, and covers {his} ears in assemblies and the dining hall.",
                    "By July {by}, {n} will use ear defenders and a quiet workstation to stay in class for the whole lesson on four days out of five, as recorded by class staff.",
                    "To cope with sensory needs.",
                    "Occupational therapist (HCPC registered) to write a sensory diet; teaching assistant to deliver it 3 x 10 minutes per day, 1:1, with an occupational therapy review each term.",
                    "A sensory diet as appropriate."),
            new Facet(Area.SENSORY,
                    "{n} has weak fine motor skills and tires quickly when writing; {his} pencil grip is immature.",
                    "By July {by}, {n} will write a sentence of eight words legibly with a pencil grip, as assessed every half term against {his} handwriting baseline.",
                    "To improve fine motor skills.",
                    "Teaching assistant trained by the occupational therapist to deliver a fine motor programme, 4 x 15 minutes per week, in a group of no more than 3 pupils; occupational therapist to review twice a year.",
                    "Access to fine motor activities."),
            new Facet(Area.SENSORY,
                    "{n} has reduced balance and coordination, and needs support on stairs and uneven ground.",
                    "By July {by}, {n} will use the handrail to go up and down the school stairs safely with one adult nearby, as assessed by the physiotherapist each term.",
                    "To move around school safely.",
                    "Physiotherapist (HCPC registered) to set a mobility programme; teaching assistant trained in moving and handling to deliver it 3 x 20 minutes per week, 1:1, with a physiotherapy review every 12 weeks.",
                    "Physiotherapy input as required."));

    static String fill(String template, ChildProfile child, int julyYear) {
        return template.replace("{n}", child.firstName())
                .replace("{he}", child.pronoun())
                .replace("{his}", child.possessive())
                .replace("{him}", child.object())
                .replace("{by}", Integer.toString(julyYear));
    }
}
