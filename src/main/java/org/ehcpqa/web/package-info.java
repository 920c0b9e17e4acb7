/**
 * Cross-cutting HTTP concerns: problem+json errors and page controllers.
 */
package org.ehcpqa.web;
