/** A promise raced against a clock, for the contexts that wait on another (popup → worker → tab). */

/**
 * Settles as `work` does, unless `ms` pass first: then as `late()` does (its value, or its throw).
 * The timer is cleared either way, so nothing fires after the answer.
 * @example await withDeadline(ping(), 1500, () => { throw new Error('no answer'); })
 */
export async function withDeadline<T, L>(work: Promise<T>, ms: number, late: () => L): Promise<T | L> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<L>((resolve, reject) => {
    timer = setTimeout(() => {
      try {
        resolve(late());
      } catch (error) {
        reject(error);
      }
    }, ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
