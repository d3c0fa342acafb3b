/** What one question got: a result or the error the count failed with. */
export type Answer<R> = { result: R; error: null } | { result: null; error: unknown };

export interface LiveCount<Q> {
  /** asks `question` once no other question follows within the delay; drops whatever was pending */
  ask: (question: Q) => void;
  /** drops the pending question and any answer still on its way */
  stop: () => void;
}

/**
 * A count that follows typing: each question waits `delayMs`, a newer one replaces it, and only the answer to
 * the latest question asked reaches `settle`, so a slow answer to an earlier question never shows.
 */
export function liveCount<Q, R>(count: (question: Q) => Promise<R>, settle: (question: Q, answer: Answer<R>) => void, delayMs: number): LiveCount<Q> {
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    latest += 1;
    clearTimeout(timer);
  };
  const ask = (question: Q) => {
    stop();
    const ticket = latest;
    timer = setTimeout(() => {
      count(question).then(
        (result) => ticket === latest && settle(question, { result, error: null }),
        (error: unknown) => ticket === latest && settle(question, { result: null, error }),
      );
    }, delayMs);
  };
  return { ask, stop };
}
