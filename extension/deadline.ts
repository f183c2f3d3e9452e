/**
 * `work`'s answer, or `late` once `ms` have passed without one: for a wait that someone or something
 * depends on and that the browser might never end (a message the background never answers, a policy
 * service that has not started). The work itself goes on; only the wait is bounded.
 */
export function withDeadline<T, L>(work: Promise<T>, ms: number, late: L): Promise<T | L> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<L>((done) => (timer = setTimeout(() => done(late), ms)));
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}
