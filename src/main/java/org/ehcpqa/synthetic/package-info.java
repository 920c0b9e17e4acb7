/**
 * A generator of realistic synthetic plans, in many house styles, formats and qualities, with their
 * ground truth. No real child's data: every name, date and place is invented (NHS numbers are in
 * the 999 test range, phone numbers in Ofcom's drama range, e-mail at example.org, postcodes in an
 * area that does not exist).
 *
 * <p>Entry points: {@link org.ehcpqa.synthetic.SyntheticPlanGenerator} ({@code generate(seed)},
 * {@code generate(seed, style, format, quality)}, {@code corpus(seed, count)},
 * {@code withTargetPages(n)}), {@link org.ehcpqa.synthetic.SpecialDocuments} (multilingual DOCX, two
 * plans in one PDF, a non-plan PDF) and {@link org.ehcpqa.synthetic.SyntheticCorpusWriter} (files
 * with {@code .truth.json} beside them, runnable from the command line).
 *
 * <p>Structure: {@code ProfileFactory} invents the child, {@code NeedsComposer} and
 * {@code ProvisionComposer} write the sections from phrase banks ({@code NeedFacets},
 * {@code Elaborations}), {@code PlanComposer} assembles a format-free {@link
 * org.ehcpqa.synthetic.PlanDocument} and its truth, and one {@code PlanWriter} per format renders it.
 * Truth conventions (combined H1/H2, table layout) are on {@link org.ehcpqa.synthetic.SectionTruth}.
 *
 * <p>Format notes: PDF text uses WinAnsi only (other characters become '?', so the generator's banks
 * stay within it; the multilingual plan is DOCX only). Contents pages in DOCX/ODT carry estimated
 * page numbers; in PDF they are exact. DOC plans carry the template's fixed header and footer.
 */
package org.ehcpqa.synthetic;
