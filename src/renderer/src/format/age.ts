/** "12 s", "4 min", "3 h", "2 d": how old a connection's data is, at a glance. */
export function formatAge(seconds: number | null): string {
  if (seconds === null) return 'no data';
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)} h`;
  return `${Math.floor(seconds / 86_400)} d`;
}

export function ageSince(iso: string | null, nowMs: number): number | null {
  return iso === null ? null : Math.max(0, Math.round((nowMs - Date.parse(iso)) / 1000));
}
