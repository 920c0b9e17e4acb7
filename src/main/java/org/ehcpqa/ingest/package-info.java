/**
 * Turns uploaded files into plans: type detection, limits, text extraction with a page map, segmentation into statutory sections, metadata, bulk imports. Depends on plan for storage; never on search or web.
 */
package org.ehcpqa.ingest;
