import { z } from 'zod';

export const KeychainStatus = z.object({
  backend: z.string(),
  available: z.boolean(),
  /** Why the keychain cannot be used, in words a user can act on; null when it works. */
  problem: z.string().nullable(),
});
export type KeychainStatus = z.infer<typeof KeychainStatus>;

export const AppInfo = z.object({
  version: z.string(),
  dataDir: z.string(),
  mode: z.enum(['electron', 'browser', 'cli']),
  keychain: KeychainStatus,
  /** Things the user must be told, e.g. that a corrupt database was moved aside at start. */
  notices: z.array(z.string()),
  /** The demo portfolio is showing: its data lives in a throwaway folder, apart from the real profile. */
  demo: z.boolean(),
});
export type AppInfo = z.infer<typeof AppInfo>;
