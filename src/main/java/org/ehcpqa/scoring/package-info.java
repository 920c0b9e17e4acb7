/**
 * The library of automatic checks and the scorer that turns a plan and a framework into an assessment with evidence.
 */
package org.ehcpqa.scoring;
