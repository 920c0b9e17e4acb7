/**
 * Training packs: trainers gather example plan sections, with the auditors' commentary, to teach
 * from. A pack stores only where each example comes from (plan version and section); the text is
 * anonymised through privacy/PlanAnonymiser every time it is shown or rendered, so no pack ever
 * holds or shows a child's personal details.
 */
package org.ehcpqa.report.pack;
