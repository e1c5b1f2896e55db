/**
 * When the first upkeep pass (integrity check, backup, compaction) starts: given the app's first answer
 * and the pass to start, it calls `start` once and returns a cancel. Tests inject one to control the order.
 */
export type UpkeepScheduler = (firstAnswer: Promise<void>, start: () => void) => () => void;

/** After the first answer, long enough for the rest of the first render's requests. */
const AFTER_FIRST_ANSWER_MS = 5_000;
/** With no page asking (a headless `holdfast serve`), the upkeep still runs. */
const WITHOUT_ANSWER_MS = 60_000;

/**
 * The checks read the whole database (seconds on a year of history) and compete with the first render
 * for the disk and the CPU, so they wait for the app to have answered, or for a minute when nothing asks.
 */
export const afterFirstAnswer: UpkeepScheduler = (firstAnswer, start) => {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    clearTimeout(fallback);
    clearTimeout(soon);
    start();
  };
  let soon: NodeJS.Timeout | undefined;
  const fallback = setTimeout(once, WITHOUT_ANSWER_MS);
  fallback.unref();
  void firstAnswer.then(() => {
    if (started) return;
    soon = setTimeout(once, AFTER_FIRST_ANSWER_MS);
    soon.unref();
  });
  return () => {
    started = true;
    clearTimeout(fallback);
    clearTimeout(soon);
  };
};
