/** A column: its label, or the label with `num` for right-aligned figures and `hidden` for one only screen readers name (a column of buttons). */
export type Column = string | { readonly label: string; readonly num?: boolean; readonly hidden?: boolean };

/** A table's header row: every column scoped, figures right-aligned, unlabelled columns still named. */
export function TableHead({ columns }: { readonly columns: readonly Column[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => {
          const { label, num, hidden } = typeof column === 'string' ? { label: column } : column;
          return (
            <th key={label} scope="col" className={num ? 'num' : undefined}>
              {hidden ? <span className="visually-hidden">{label}</span> : label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
