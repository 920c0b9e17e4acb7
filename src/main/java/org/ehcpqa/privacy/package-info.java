/**
 * Anonymisation of plan text and the log of who opened which plan.
 *
 * <p>{@link org.ehcpqa.privacy.PlanAnonymiser} (implemented by
 * {@link org.ehcpqa.privacy.RuleBasedPlanAnonymiser}) is the one place personal data is taken out
 * of plan text. It reads the whole plan once: the metadata gives the child's name, date of birth
 * and setting; {@code PersonMentions} finds the people the text names from the words around them
 * (roles, titles, "Signed:" lines, "known as"); {@code PeopleTable} gives each a placeholder in
 * reading order ("Child A", "Person B"...). {@code PlanTextRewriter} then replaces, in this order:
 * e-mail addresses, postal addresses, postcodes, phone numbers, NHS numbers and UPNs
 * ({@code IdentifierRedactor}); dates of birth and ages to the month ({@code BirthDetailsRedactor});
 * schools and settings ({@code SchoolNames}); and names ({@code NameReplacer}). The same rewriter
 * serves other text about the plan (snippets, comments) through {@code AnonymisedPlan.rewrite}.
 *
 * <p>Family members are called by first name alone ("Emeka can be contacted on ..."): once the plan
 * names one with a role or on a family label ("his mother, Joy Okafor", "Mother's name:"), their
 * capitalised first name is replaced wherever it stands, even if the plan also uses the word in lower
 * case ("brings him joy" stays). Lower case inside an e-mail address is not ordinary use.
 *
 * <p>Not detected: a person named with no role, title or label anywhere in the plan (a bare
 * "Sarah will help"), place names other than addresses and settings, and free-text dates that are
 * not the date of birth (they stay: review and advice dates are not identifying on their own).
 */
package org.ehcpqa.privacy;
