/**
 * The Lucene index of plan sections: derived from the database and rebuildable from it at any time.
 */
package org.ehcpqa.search;
