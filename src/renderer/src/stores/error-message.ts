/** An error's sentence as the user reads it: Markdown-style `code` quotes become typographic ones. */
export function errorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/`([^`]+)`/g, '“$1”');
}
