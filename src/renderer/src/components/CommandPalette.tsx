import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { commands, type Command } from './commands';

/** Ctrl/Cmd+K: type to filter, arrows to choose, Enter to run, Escape to close (a combobox over a listbox). */
export function CommandPalette({ onClose }: { readonly onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const all = useMemo(commands, []);
  const shown = all.filter((c) => c.label.toLowerCase().includes(query.trim().toLowerCase()));
  const current = shown[Math.min(active, shown.length - 1)];
  // Closed without running a command (Escape, a click outside), focus goes back where the user was.
  const opener = useRef(document.activeElement);
  const ran = useRef(false);

  useEffect(() => {
    const dialog = ref.current;
    dialog?.showModal();
    return () => {
      dialog?.close();
      if (!ran.current && opener.current instanceof HTMLElement) opener.current.focus();
    };
  }, []);

  function run(command: Command | undefined) {
    if (!command) return;
    ran.current = true;
    onClose();
    command.run();
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, shown.length - 1));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (event.key === 'Enter') run(current);
    else return;
    event.preventDefault();
  }

  return (
    <dialog ref={ref} className="dialog palette" aria-label="Command palette" onCancel={onClose} onClose={onClose}>
      <input
        className="palette__input"
        role="combobox"
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-activedescendant={current ? `${id}-${current.id}` : undefined}
        aria-label="Command"
        placeholder="Type a command or a view…"
        value={query}
        autoFocus
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul className="palette__list" role="listbox" id={`${id}-list`} aria-label="Commands">
        {shown.map((command) => (
          <li
            key={command.id}
            id={`${id}-${command.id}`}
            role="option"
            aria-selected={command === current}
            className={command === current ? 'palette__item palette__item--active' : 'palette__item'}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => run(command)}
          >
            {command.label}
          </li>
        ))}
        {shown.length === 0 ? <li className="muted palette__item" role="presentation">No command matches.</li> : null}
      </ul>
    </dialog>
  );
}
