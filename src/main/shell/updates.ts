export interface UpdateSchedule {
  /** Whether to look now: the setting, the demo and the build are asked at every tick, not once. */
  readonly enabled: () => Promise<boolean>;
  readonly check: () => Promise<unknown>;
  readonly log: { info(message: string): void; error(message: string, error?: unknown): void };
  readonly firstDelayMs?: number;
  readonly everyMs?: number;
  readonly timers?: { setTimeout: typeof setTimeout; clearTimeout: typeof clearTimeout };
}

export const FIRST_CHECK_DELAY_MS = 60_000;
export const CHECK_EVERY_MS = 6 * 60 * 60_000;

/**
 * Looks for updates a minute after start and then every six hours, on timers only: start-up never
 * waits for the network, and a failed check is logged and tried again at the next tick.
 */
export function scheduleUpdateChecks(schedule: UpdateSchedule): () => void {
  const timers = schedule.timers ?? { setTimeout, clearTimeout };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const tick = async () => {
    try {
      if (await schedule.enabled()) await schedule.check();
    } catch (error) {
      schedule.log.error('update check failed', error);
    }
    if (!stopped) timer = timers.setTimeout(() => void tick(), schedule.everyMs ?? CHECK_EVERY_MS);
  };
  timer = timers.setTimeout(() => void tick(), schedule.firstDelayMs ?? FIRST_CHECK_DELAY_MS);
  return () => {
    stopped = true;
    if (timer !== undefined) timers.clearTimeout(timer);
  };
}
