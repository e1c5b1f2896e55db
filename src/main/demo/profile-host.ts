import { channelNames, type Handlers } from '../../shared/contract';
import { eventNames } from '../../shared/event-names';
import type { AppInfo } from '../../shared/domain/app-info';
import { createDispatch, type Dispatch } from '../api/dispatch';
import { EventBus } from '../event-bus';
import type { Core } from '../core';
import type { Demo } from './start-demo';
import type { CsvExports } from '../export/csv-exports';
import type { Logger } from '../log/logger';

export interface ProfileHostOptions {
  /** Opens the real profile's core (the user's data folder and keychain). */
  readonly openReal: () => Core;
  /** Starts the demo: simulators, a throwaway folder, credentials in memory. */
  readonly startDemo: () => Promise<Demo>;
}

interface Profile {
  readonly core: Core;
  readonly demo: Demo | null;
}

/**
 * Holds the one core the app is showing, the real profile's or the demo's, and swaps them on
 * `demo.start` / `demo.leave`. Transports bind to the host's dispatch, events and exports once; each
 * call goes to whichever core is current, so the demo's data and the real data never share a folder,
 * a database or a keychain, and only one of them polls at a time.
 */
export class ProfileHost {
  readonly events = new EventBus();
  readonly dispatch: Dispatch;
  readonly exports: CsvExports = { load: (request) => this.profile.core.exports.load(request) };
  /** Tells the shell (tray, menu) that the profile changed. */
  onSwitch: (demo: boolean) => void = () => undefined;
  private profile: Profile;
  private unsubscribe: (() => void)[] = [];
  private polling = false;
  private switching: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly options: ProfileHostOptions,
    first: Profile,
  ) {
    this.profile = first;
    this.forwardEvents();
    const log: Logger = { info: (m) => this.core.log.info(m), error: (m, e) => this.core.log.error(m, e) };
    this.dispatch = createDispatch(this.handlers(), log);
  }

  static async open(options: ProfileHostOptions, startInDemo = false): Promise<ProfileHost> {
    if (!startInDemo) return new ProfileHost(options, { core: options.openReal(), demo: null });
    const demo = await options.startDemo();
    return new ProfileHost(options, { core: demo.core, demo });
  }

  get core(): Core {
    return this.profile.core;
  }

  get inDemo(): boolean {
    return this.profile.demo !== null;
  }

  get demoDataDir(): string | null {
    return this.profile.demo?.dataDir ?? null;
  }

  startPolling(): void {
    this.polling = true;
    this.core.startPolling();
  }

  startDemo(): Promise<AppInfo> {
    return this.switchTo(async () => {
      if (this.inDemo) return this.profile;
      const demo = await this.options.startDemo();
      return { core: demo.core, demo };
    });
  }

  leaveDemo(): Promise<AppInfo> {
    return this.switchTo(async () => (this.inDemo ? { core: this.options.openReal(), demo: null } : this.profile));
  }

  async close(): Promise<void> {
    await this.switching.catch(() => undefined);
    this.unsubscribe.forEach((off) => off());
    await this.closeProfile(this.profile);
  }

  /**
   * One switch at a time. The next profile opens before the old one closes, so a demo that fails to
   * start leaves the user where they were; polling moves over only once the old core is closed.
   */
  private switchTo(next: () => Promise<Profile>): Promise<AppInfo> {
    const run = this.switching.then(async () => {
      const before = this.profile;
      const opened = await next();
      if (opened !== before) {
        // Calls from here on reach the new core; the old one finishes what it was doing and closes.
        this.profile = opened;
        this.forwardEvents();
        await this.closeProfile(before);
        if (this.polling) opened.core.startPolling();
        this.events.emit('connections.changed', {});
        this.events.emit('portfolio.changed', {});
        this.onSwitch(this.inDemo);
      }
      return this.core.handlers['app.info']({});
    });
    this.switching = run.catch(() => undefined);
    return run;
  }

  private async closeProfile(profile: Profile): Promise<void> {
    if (profile.demo) await profile.demo.close();
    else await profile.core.close();
  }

  private forwardEvents(): void {
    this.unsubscribe.forEach((off) => off());
    this.unsubscribe = eventNames.map((name) => this.core.events.on(name, (payload) => this.events.emit(name, payload)));
  }

  /** Every channel goes to the current core, except the two that switch it. */
  private handlers(): Handlers {
    const forward = Object.fromEntries(
      channelNames.map((channel) => [channel, (input: unknown) => (this.core.handlers[channel] as (i: unknown) => Promise<unknown>)(input)]),
    ) as Handlers;
    return { ...forward, 'demo.start': () => this.startDemo(), 'demo.leave': () => this.leaveDemo() };
  }
}

