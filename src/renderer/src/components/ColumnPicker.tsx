export interface PickableColumn {
  readonly id: string;
  readonly label: string;
}

interface ColumnPickerProps {
  readonly columns: readonly PickableColumn[];
  /** Shown unless false. */
  readonly visibility: Readonly<Record<string, boolean>>;
  readonly onChange: (id: string, visible: boolean) => void;
}

/** Which optional columns a table shows: a menu of checkboxes behind one "Columns" button. */
export function ColumnPicker({ columns, visibility, onChange }: ColumnPickerProps) {
  return (
    <details className="column-picker" onKeyDown={(e) => e.key === 'Escape' && e.currentTarget.open && (e.currentTarget.open = false)}>
      <summary className="button button--small">Columns</summary>
      <fieldset className="column-picker__menu">
        <legend className="visually-hidden">Columns shown</legend>
        {columns.map((column) => (
          <label key={column.id} className="check">
            <input type="checkbox" checked={visibility[column.id] !== false} onChange={(e) => onChange(column.id, e.target.checked)} /> {column.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
