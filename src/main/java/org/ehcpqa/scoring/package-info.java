/**
 * The library of automatic checks and the scorer that turns a plan and a framework into an assessment with evidence.
 *
 * <p>A framework names a check by its {@link org.ehcpqa.scoring.CheckCode} and may pass a free {@code params} map,
 * read through {@link org.ehcpqa.scoring.CheckParams}. Section lists are codes such as {@code [F, G]}. Every check
 * that counts findings also takes {@code allowed}: how many findings it tolerates before it fails (default 0,
 * jargon 2).
 *
 * <ul>
 *   <li>missing_section: {@code required} (all twelve)</li>
 *   <li>unquantified_provision, provision_without_provider: {@code sections} ([F]), {@code minWords} (4)</li>
 *   <li>vague_provision_wording: {@code sections} ([F])</li>
 *   <li>outcome_not_time_bound, outcome_not_measurable, therapy_in_health_section, advice_missing_dates: none</li>
 *   <li>need_without_outcome, need_without_provision, health_need_without_health_provision,
 *       social_care_need_without_provision: {@code minLinkScore} (2: one shared concept or two shared words)</li>
 *   <li>outdated_advice: {@code maxAgeMonths} (12), {@code maxAgeMonthsUnderFive} (6)</li>
 *   <li>mandatory_advice_missing: {@code required} (educational-psychology, health, social-care, parents)</li>
 *   <li>third_person_voice: {@code minThirdPersonSentences} (3), {@code minFirstPersonSentences} (1)</li>
 *   <li>wrong_name_or_pronoun: {@code sections} (A to H2), {@code minPronouns} (3)</li>
 *   <li>jargon: {@code sections} (A to J)</li>
 *   <li>low_readability: {@code sections} ([A, B, E, F]), {@code minFleschReadingEase} (30),
 *       {@code maxAverageSentenceWords} (25), {@code minWords} (80)</li>
 *   <li>pfa_outcomes_missing: {@code fromYear} (9), {@code domains} (all four)</li>
 *   <li>placement_missing, personal_budget_statement_missing: none</li>
 *   <li>missing_signature_or_date: {@code tailCharacters} (800)</li>
 *   <li>stale_phase_reference: {@code sections} ([B, E, F, I])</li>
 * </ul>
 *
 * <p>copied_text needs the search index, so its check lives in search (search/CopiedTextCheck) and
 * registers itself as a {@link org.ehcpqa.scoring.Check} bean like the others.
 */
package org.ehcpqa.scoring;
