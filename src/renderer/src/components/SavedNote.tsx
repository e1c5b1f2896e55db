/** "Saved." beside the setting just saved, announced; shown only once the core has it. */
export function SavedNote({ shown }: { readonly shown: boolean }) {
  return shown ? (
    <span className="saved-note" role="status">
      Saved.
    </span>
  ) : null;
}
