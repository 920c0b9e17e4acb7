/**
 * Plans, their versions and sections, and the content-addressed store of original files. The system of record every other feature reads from.
 */
package org.ehcpqa.plan;
