import { z } from 'zod';
import { AppInfo } from './domain/app-info';
import { Connection, ConnectionId, ConnectionUpdate, NewConnection } from './domain/connection';
import {
  AllocationView,
  HistoryQuery,
  HistoryView,
  HoldingsQuery,
  HoldingsView,
  PortfolioSummary,
  PositionsView,
} from './domain/portfolio';
import { SyncLogEntry, SyncOutcome, SyncProgress, SyncStatus, TestResult } from './domain/sync';
import { ExportRequest, ExportResult } from './domain/export';
import { Alert } from './domain/alerts';
import { ChangesQuery, ChangesView, ExposureView } from './domain/exposure';
import { RiskView } from './domain/risk';
import { Settings, SettingsPatch } from './domain/settings';
import { Account, SetAccountAlias } from './domain/account';
import { HistoryBounds } from './domain/history-bounds';
import { ManualPrice, ManualPriceChange, ManualPriceInput, PriceCheck } from './domain/prices';
import { ErrorBody } from './errors';

const NoInput = z.object({}).strict();
const OneConnection = z.object({ id: ConnectionId }).strict();
const OptionalConnection = z.object({ connectionId: ConnectionId.optional() }).strict();

/**
 * Every request the renderer, the browser server and the CLI can make of the core.
 * Both transports and all callers are typed from this one map; inputs are parsed with it on arrival.
 */
export const contract = {
  'app.info': { input: NoInput, output: AppInfo },
  'connections.list': { input: NoInput, output: z.array(Connection) },
  'connections.add': { input: NewConnection, output: Connection },
  'connections.update': { input: ConnectionUpdate, output: Connection },
  'connections.remove': { input: OneConnection, output: z.object({ removed: z.literal(true) }) },
  'connections.test': { input: OneConnection, output: TestResult },
  'sync.now': { input: OptionalConnection, output: z.array(SyncOutcome) },
  'sync.status': { input: NoInput, output: SyncStatus },
  'sync.pause': { input: OptionalConnection, output: SyncStatus },
  'sync.resume': { input: OptionalConnection, output: SyncStatus },
  'sync.log': {
    input: z.object({ id: ConnectionId, limit: z.number().int().min(1).max(500).default(50) }).strict(),
    output: z.array(SyncLogEntry),
  },
  'portfolio.summary': { input: NoInput, output: PortfolioSummary },
  /** Assets whose rows are valued at prices spread wider than the policy's limit: data checks, never corrected. */
  'portfolio.priceChecks': { input: NoInput, output: z.array(PriceCheck) },
  'portfolio.holdings': { input: HoldingsQuery, output: HoldingsView },
  /** Now's allocation by asset, venue and exchange, and the assets valued at a manual price: the dashboard's, without every holding. */
  'portfolio.allocation': { input: NoInput, output: AllocationView },
  'positions.list': { input: z.object({ at: z.iso.datetime().optional() }).strict(), output: PositionsView },
  'history.series': { input: HistoryQuery, output: HistoryView },
  'portfolio.exposure': { input: z.object({ at: z.iso.datetime().optional() }).strict(), output: ExposureView },
  'portfolio.changes': { input: ChangesQuery, output: ChangesView },
  'portfolio.risk': { input: z.object({ at: z.iso.datetime().optional() }).strict(), output: RiskView },
  'alerts.list': { input: NoInput, output: z.array(Alert) },
  /** Every account of every connection with the name it is shown by; set or clear (empty) the user's name for one. */
  'accounts.list': { input: NoInput, output: z.array(Account) },
  'accounts.setAlias': { input: SetAccountAlias, output: Account },
  /** The first and newest stored snapshot: the span "as of" can show. */
  'history.bounds': { input: NoInput, output: HistoryBounds },
  /** Electron: the main process asks where to save and writes the file. Browser mode downloads GET /api/download instead. */
  'export.csv': { input: ExportRequest, output: ExportResult },
  'settings.get': { input: NoInput, output: Settings },
  'settings.update': { input: SettingsPatch, output: Settings },
  /** The user's manual USD prices; setting or removing one reads again the connections it values. */
  'prices.list': { input: NoInput, output: z.array(ManualPrice) },
  'prices.set': { input: ManualPriceInput, output: ManualPriceChange },
  'prices.remove': { input: ManualPriceInput.pick({ asset: true }).strict(), output: ManualPriceChange },
  /** Switch to the demo portfolio (simulators, a throwaway folder, credentials in memory); replies with the demo's app.info. */
  'demo.start': { input: NoInput, output: AppInfo },
  /** Back to the real profile, the demo's folder deleted; replies with the real app.info. */
  'demo.leave': { input: NoInput, output: AppInfo },
} as const;

/** Pushed from the core to every open view. */
export const events = {
  'connections.changed': z.object({}),
  'sync.progress': SyncProgress,
  /** New data was stored: views should reload. */
  'portfolio.changed': z.object({}),
  /** An alert crossed its line: a desktop notification, or a toast in browser mode. */
  'alert.fired': Alert,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export const channelNames = Object.keys(contract) as Channel[];

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name);
}

export function isEventName(name: string): name is EventName {
  return Object.hasOwn(events, name);
}

/** What crosses either transport: never a thrown error, always this envelope. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

/** The core's side of the contract. */
export type Handlers = { [C in Channel]: (input: ParsedInput<C>) => Promise<ChannelOutput<C>> };

/** The caller's side: what the renderer and the CLI use, whatever the transport. */
export interface Api {
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  subscribe<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}
