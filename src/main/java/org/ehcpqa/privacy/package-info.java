/**
 * Anonymisation of plan text and the log of who opened which plan.
 */
package org.ehcpqa.privacy;
