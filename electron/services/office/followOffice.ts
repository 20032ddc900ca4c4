/**
 * Work that follows the office in force (cutting its faces, drawing its start page), run once the
 * current task is over: a save hands the office over inside its write transaction, and the work
 * (tens of ms) must neither hold that transaction nor act on an office the transaction then rolls
 * back. Calls in one burst make one run; `now()` runs at once (at start, before the page can ask).
 */
export function followOffice(work: () => void, failed: (error: unknown) => void) {
  let pending: NodeJS.Immediate | undefined;
  const close = () => {
    clearImmediate(pending);
    pending = undefined;
  };
  const now = () => {
    close();
    try {
      work();
    } catch (error) {
      failed(error);
    }
  };
  return {
    schedule(): void {
      pending ??= setImmediate(now);
    },
    now,
    close,
  };
}
