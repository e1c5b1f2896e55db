import { z } from 'zod';
import { decimalText, epochMillisToIso, idText, integerText, optionalDecimalText, parseAnswer } from '../shared/answer-schemas';
import { VenueError } from '../shared/venue-error';

// Cadenza's answers as venues.md §4 and the OpenAPI SDK (cyberapper/cadenza-client-typescript docs/*.md)
// describe them. Numbers arrive as their source text (parseJsonExact); z.object drops unknown fields,
// so extra fields are tolerated. Fields Holdfast maps are required as documented; the rest are
// declared, checked when present and may be absent, so a field we do not use cannot fail a read.

export const portfolioListEndpoint = 'portfolio list';

const optionalText = z.string().nullish();

export const ErrorDetails = z.object({
  code: optionalText,
  resource: optionalText,
  action: optionalText,
  required: z.array(z.string()).nullish(),
  provided: z.array(z.string()).nullish(),
  tenant_id: optionalText,
  request_id: optionalText,
  metadata: z.record(z.string(), z.unknown()).nullish(),
});

/** The envelope of a failed call: only errno is needed to classify it. */
export const ErrorEnvelope = z.object({
  success: z.boolean().optional(),
  errno: integerText,
  error: optionalText,
  details: ErrorDetails.nullish(),
});
export type ErrorEnvelope = z.infer<typeof ErrorEnvelope>;

export const Pagination = z.object({
  offset: integerText.nullish(),
  limit: integerText.nullish(),
  total: integerText.nullish(),
  cursor: optionalText,
});

export function successEnvelope<D extends z.ZodType>(data: D) {
  return z.object({
    data,
    success: z.literal(true),
    errno: integerText,
    error: optionalText,
    details: ErrorDetails.nullish(),
    pagination: Pagination.nullish(),
  });
}

export const AuthUser = z.object({ id: optionalText, email: optionalText, createdAt: optionalText });

/** Login and refresh both answer a session; expiresIn/expiresAt are documented as seconds. */
export const AuthSession = z.object({
  accessToken: z.string().min(1),
  refreshToken: z.string().min(1),
  tokenType: optionalText,
  expiresIn: integerText.nullish(),
  expiresAt: integerText.nullish(),
  user: AuthUser.nullish(),
});
export type AuthSession = z.infer<typeof AuthSession>;
export const AuthAnswer = successEnvelope(AuthSession);

/** The docs page's shape: one row per account and currency. */
export const FlatRow = z.object({
  tradingAccountId: idText,
  venue: z.string().min(1),
  currency: z.string().min(1),
  balance: decimalText,
  available: optionalDecimalText,
  locked: optionalDecimalText,
  updatedAt: epochMillisToIso,
});
export type FlatRow = z.infer<typeof FlatRow>;

export const BalanceEntry = z.object({
  securitySymbol: z.string().min(1),
  securityType: optionalText,
  externalBalanceId: optionalText,
  tradingAccountId: optionalText,
  status: optionalText,
  positionId: optionalText,
  free: optionalDecimalText,
  locked: optionalDecimalText,
  borrowed: optionalDecimalText,
  total: decimalText,
  net: optionalDecimalText,
  updatedAt: epochMillisToIso,
  updatedAtDateTime: optionalText,
});
export type BalanceEntry = z.infer<typeof BalanceEntry>;

export const PositionEntry = z.object({
  positionId: optionalText,
  securitySymbol: z.string().min(1),
  externalPositionId: optionalText,
  tradingAccountId: optionalText,
  instrumentId: optionalText,
  securityType: optionalText,
  status: optionalText,
  quantity: decimalText,
  entryPrice: optionalDecimalText,
  exitPrice: optionalDecimalText,
  currentPrice: optionalDecimalText,
  unrealizedPnl: optionalDecimalText,
  realizedPnl: optionalDecimalText,
  createdAt: epochMillisToIso,
  createdAtDateTime: optionalText,
  updatedAt: epochMillisToIso,
  updatedAtDateTime: optionalText,
  closedAt: epochMillisToIso,
  closedAtDateTime: optionalText,
});
export type PositionEntry = z.infer<typeof PositionEntry>;

export const PortfolioSummary = z.object({
  tradingAccountId: optionalText,
  currency: optionalText,
  leverage: optionalDecimalText,
  equity: optionalDecimalText,
  margin: optionalDecimalText,
  marginLoan: optionalDecimalText,
  marginUsage: optionalDecimalText,
  marginRequirement: optionalDecimalText,
  marginLevel: optionalDecimalText,
  credit: optionalDecimalText,
  riskExposure: optionalDecimalText,
  maxRiskExposure: optionalDecimalText,
  riskExposureRate: optionalDecimalText,
});

/** The OpenAPI shape: one object per trading account. */
export const Portfolio = z.object({
  tradingAccountId: idText,
  venue: z.string().min(1),
  positions: z
    .array(PositionEntry)
    .nullish()
    .transform((positions) => positions ?? []),
  balances: z.array(BalanceEntry),
  summary: PortfolioSummary.nullish(),
  updatedAt: epochMillisToIso,
  updatedAtDateTime: optionalText,
});
export type Portfolio = z.infer<typeof Portfolio>;

const PageEnvelope = successEnvelope(z.array(z.unknown()));
const NestedPage = z.object({ data: z.array(Portfolio) });
const FlatPage = z.object({ data: z.array(FlatRow) });

/** Everything read so far; a page fills one of the two lists, by the shape the venue answered in. */
export interface PortfolioList {
  readonly portfolios: Portfolio[];
  readonly flatRows: FlatRow[];
}

export interface PortfolioPage extends PortfolioList {
  /** Items on this page, whatever their shape: the offset advances by this. */
  readonly count: number;
  /** pagination.total, or null when the venue sent none. */
  readonly total: number | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Parses one successful page, detecting its shape from the first item (nested `balances[]` or flat `currency`). */
export function parsePortfolioPage(body: unknown): PortfolioPage {
  const envelope = parseAnswer(PageEnvelope, body, 'cadenza', portfolioListEndpoint);
  const total = envelope.pagination?.total ?? null;
  const first = envelope.data[0];
  const count = envelope.data.length;
  if (first === undefined) return { portfolios: [], flatRows: [], count, total };
  if (isRecord(first) && Array.isArray(first.balances)) {
    return { portfolios: parseAnswer(NestedPage, body, 'cadenza', portfolioListEndpoint).data, flatRows: [], count, total };
  }
  if (isRecord(first) && 'currency' in first) {
    return { portfolios: [], flatRows: parseAnswer(FlatPage, body, 'cadenza', portfolioListEndpoint).data, count, total };
  }
  throw new VenueError('bad_response', 'cadenza', `${portfolioListEndpoint}: at data.0: neither a balances list nor a currency`);
}

/** One item of GET /api/v3/tradingAccount/list (SDK docs/TradingAccount.md): only the id and nickname are used. */
export const TradingAccount = z.object({
  tradingAccountId: idText,
  nickname: optionalText,
  venue: optionalText,
});

export const TradingAccountPage = successEnvelope(z.array(TradingAccount));
