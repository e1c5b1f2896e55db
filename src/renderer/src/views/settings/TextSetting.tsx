import { useState, type FormEvent } from 'react';
import { FieldNote } from '../../components/FieldNote';
import { SavedNote } from '../../components/SavedNote';
import { errorMessage } from '../../stores/error-message';

interface TextSettingProps {
  readonly id: string;
  readonly label: string;
  readonly hint: string;
  readonly value: string;
  /** Returns an error message, or null when the text is acceptable. */
  readonly validate: (text: string) => string | null;
  readonly save: (text: string) => Promise<void>;
}

/** A text setting saved with its own button (or Enter), its error beside it. */
export function TextSetting({ id, label, hint, value, validate, save }: TextSettingProps) {
  const [text, setText] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = validate(text);
    setError(problem);
    if (problem) return;
    try {
      await save(text);
      setSaved(true);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <form className={error ? 'field field--invalid' : 'field'} onSubmit={submit}>
      <label htmlFor={id}>{label}</label>
      <div className="field__row">
        <input
          id={id}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setSaved(false);
          }}
          aria-invalid={Boolean(error)}
          aria-describedby={`${id}-note`}
        />
        <button type="submit" className="button button--small" aria-label={`Save ${label.toLowerCase()}`}>
          Save
        </button>
        <SavedNote shown={saved} />
      </div>
      <FieldNote id={id} error={error} hint={hint} />
    </form>
  );
}
