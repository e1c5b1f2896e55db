import type { Page } from '@playwright/test';
import type { Channel, ChannelInput, ChannelOutput, Reply } from '../../../src/shared/contract';

/** Calls the served core from the page's own session (its cookie authorises the request). */
export async function call<C extends Channel>(page: Page, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const origin = new URL(page.url()).origin;
  const response = await page.request.post(`${origin}/api/${channel}`, { data: input });
  const reply = (await response.json()) as Reply<ChannelOutput<C>>;
  if (!reply.ok) throw new Error(`${channel}: ${reply.error.message}`);
  return reply.data;
}
