/**
 * A generator of realistic synthetic plans, in many house styles, formats and qualities, with their ground truth. No real child's data: every name, date and place is invented.
 */
package org.ehcpqa.synthetic;
