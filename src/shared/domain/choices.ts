// The values of the enums a command line offers as flags, without zod: `holdfast serve` parses its command
// line and listens before any schema loads. Each zod enum is made from its list here, so there is one list.

export const groupBys = ['asset', 'venue', 'account', 'exchange'] as const;

export const historyRanges = ['1d', '1w', '1m', '1y', 'all'] as const;

export const exportReports = ['holdings', 'positions', 'by-asset', 'history', 'exposure', 'changes'] as const;
