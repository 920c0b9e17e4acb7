/**
 * Aggregations of audit results over time for team managers.
 */
package org.ehcpqa.trend;
