/**
 * Wiring that every feature relies on and no feature owns: the data directory and the embedded
 * MariaDB that stands in when no external database is configured.
 */
package org.ehcpqa.system;
