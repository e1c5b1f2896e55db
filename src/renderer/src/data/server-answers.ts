/**
 * After a failed call: does anything answer at all? In browser mode a stopped `holdfast serve` makes
 * fetch itself fail, while a server that answers (even 401) is up. In Electron the core is in-process,
 * so a failed call is an error, never an absent server.
 */
export async function serverAnswers(): Promise<boolean> {
  if (window.holdfast) return true;
  try {
    await fetch(`${window.location.origin}/`, { method: 'HEAD', cache: 'no-store' });
    return true;
  } catch {
    return false;
  }
}
