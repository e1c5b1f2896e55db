import type { Page } from '@playwright/test';
import type { Channel, ChannelInput, ChannelOutput, Reply } from '../../../src/shared/contract';

/**
 * The headers of a call made as the page makes it: its session token (which the page keeps in
 * sessionStorage once it has traded the link) and its own Origin. There is no cookie to lean on.
 */
export async function sessionHeaders(page: Page): Promise<Record<string, string>> {
  // A function, not a string: the page's CSP forbids evaluating strings.
  const stored = await page.waitForFunction(() => (globalThis as unknown as { sessionStorage: { getItem(key: string): string | null } }).sessionStorage.getItem('holdfast.session'));
  return { Authorization: `Bearer ${String(await stored.jsonValue())}`, Origin: new URL(page.url()).origin };
}

/** Calls the served core with the page's own session. */
export async function call<C extends Channel>(page: Page, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const origin = new URL(page.url()).origin;
  const response = await page.request.post(`${origin}/api/${channel}`, { data: input, headers: await sessionHeaders(page) });
  const reply = (await response.json()) as Reply<ChannelOutput<C>>;
  if (!reply.ok) throw new Error(`${channel}: ${reply.error.message}`);
  return reply.data;
}
