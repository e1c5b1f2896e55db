/**
 * What the page does on opening a link `holdfast serve` printed: trade its one-time token for a
 * session token. Returns the session token and the headers a same-origin page call carries.
 */
export async function openSession(link: string): Promise<{ session: string; origin: string; headers: Record<string, string> }> {
  const url = new URL(link);
  const response = await fetch(`${url.origin}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: url.origin },
    body: JSON.stringify({ token: url.searchParams.get('token') }),
  });
  const reply = (await response.json()) as { ok: boolean; data?: { session: string }; error?: { message: string } };
  if (!reply.ok || !reply.data) throw new Error(`the link did not open a session: ${reply.error?.message ?? response.status}`);
  const session = reply.data.session;
  return { session, origin: url.origin, headers: { Authorization: `Bearer ${session}`, Origin: url.origin, 'Content-Type': 'application/json' } };
}
