/**
 * Rendering report templates to HTML and PDF, and CSV and XLSX exports.
 */
package org.ehcpqa.report;
