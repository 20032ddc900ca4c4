/**
 * Runs tasks one after another, each starting when the one before has settled (a failure does not
 * stop the line): one SQLite connection carries one transaction at a time, one printer takes one job.
 */
export function createSerialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const result = tail.then(task);
    tail = result.catch(() => undefined);
    return result;
  };
}
