/**
 * Bulk import: many files at once, by upload ({@code POST /api/imports}, one zip or many parts) or
 * through the watched folder {@code <data dir>/import/inbox}, with nothing lost across a crash.
 *
 * <h2>Life of a file</h2>
 * <ol>
 *   <li>Staged: its bytes are written under {@code import/staging} (forced to disk, renamed into
 *       place, folder forced), then the job and all its items are inserted in one transaction as
 *       PENDING. Only then does the upload get its 202 (or the inbox file count as taken).</li>
 *   <li>Processed on the import workers (a small pool of their own, one thread by default), each
 *       job's files in upload order on {@code ehcpqa.import.parallel-files} threads (cores plus two by
 *       default; files with the same bytes one after the other on one thread): ingest, then for
 *       folder files place them in {@code processed/} or {@code rejected/} (with
 *       {@code <name>.reason.txt}), then record the outcome with an UPDATE that only matches a
 *       PENDING row, then delete the staged bytes. Each file's steps are independent of the others',
 *       so the crash reasoning below holds file by file.</li>
 * </ol>
 *
 * <h2>Exactly once</h2>
 * A crash before the outcome is recorded leaves the item PENDING with its bytes staged; at the next
 * start {@link org.ehcpqa.imports.ImportRecovery} queues it again (and every minute after, for a
 * worker that stopped on an error). Re-ingesting the same bytes returns the plan stored the first
 * time (SHA-256 is unique in plan_version), so no second version appears. The outcome is then
 * decided the same way as without the crash: PROCESSED when the bytes were stored by this item
 * (created now, or created after the item was staged and no other item claims them), DUPLICATE when
 * they were stored before the item was staged or another item is already PROCESSED with them.
 * Staged bytes are deleted only after the outcome is committed; leftovers are tidied at start.
 * A PENDING item whose staged bytes are missing or no longer match their digest is REJECTED with
 * the type {@code staging-lost}.
 *
 * <h2>Known limits</h2>
 * Two concurrent jobs holding the same bytes may both record PROCESSED for the one plan version
 * (each sees the other unrecorded); the plan itself is still stored once.
 */
package org.ehcpqa.imports;
