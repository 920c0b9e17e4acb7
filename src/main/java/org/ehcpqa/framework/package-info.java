/**
 * Loading, validating and versioning the quality frameworks kept as YAML in qa-framework/.
 */
package org.ehcpqa.framework;
