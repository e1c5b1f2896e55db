import { useId, useState, type FormEvent } from 'react';
import { ConnectionUpdate, NewConnection, type Connection } from '../../../../shared/domain/connection';
import { VenueId, credentialSchemaFor } from '../../../../shared/domain/venue';
import { venues } from '../../../../shared/domain/venue-info';
import { AppError } from '../../../../shared/app-error';
import { api } from '../../api/api';
import { Field } from '../../components/Field';
import { useConnectionsStore } from '../../stores/connections-store';
import { errorMessage } from '../../stores/error-message';
import { credentialFields } from './credential-fields';
import { toFieldErrors, type FieldErrors } from './field-errors';
import { ErrorLine } from '../../components/ErrorNotice';

const CUSTOM = 'custom';

interface ConnectionFormProps {
  /** The connection to edit; absent to add a new one. */
  readonly editing?: Connection;
  readonly onDone: () => void;
}

export function ConnectionForm({ editing, onDone }: ConnectionFormProps) {
  const formId = useId();
  const { add, update, remove } = useConnectionsStore();
  const [venue, setVenue] = useState<VenueId>(editing?.venue ?? 'rapidx');
  const [label, setLabel] = useState(editing?.label ?? '');
  const presets = venues[venue].presets;
  const initialPreset = editing ? (presets.find((p) => p.url === editing.baseUrl)?.url ?? CUSTOM) : (presets[0]?.url ?? CUSTOM);
  const [preset, setPreset] = useState(initialPreset);
  const [customUrl, setCustomUrl] = useState(editing && initialPreset === CUSTOM ? editing.baseUrl : '');
  const [credentials, setCredentials] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'saving' | 'testing' | null>(null);
  /** A connection just added whose test read failed: kept only if the user says so. */
  const [untested, setUntested] = useState<{ connection: Connection; message: string } | null>(null);

  const fields = credentialFields[venues[venue].credentialKind];
  const baseUrl = preset === CUSTOM ? customUrl : preset;
  const replacingCredentials = Object.values(credentials).some((value) => value !== '');

  function chooseVenue(next: VenueId) {
    setVenue(next);
    setPreset(venues[next].presets[0]?.url ?? CUSTOM);
    setCredentials({});
    setErrors({});
  }

  function validate(): NewConnection | ConnectionUpdate | null {
    if (!editing) {
      const parsed = NewConnection.safeParse({ venue, label, baseUrl, credentials });
      if (parsed.success) return parsed.data;
      setErrors(toFieldErrors(parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message }))));
      return null;
    }
    const parsed = ConnectionUpdate.safeParse({ id: editing.id, label, baseUrl, credentials: replacingCredentials ? credentials : undefined });
    const credentialCheck = replacingCredentials ? credentialSchemaFor(venue).safeParse(credentials) : null;
    const issues = [
      ...(parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message }))),
      ...(credentialCheck && !credentialCheck.success
        ? credentialCheck.error.issues.map((i) => ({ path: ['credentials', ...i.path.map(String)], message: i.message }))
        : []),
    ];
    if (issues.length > 0 || !parsed.success) {
      setErrors(toFieldErrors(issues));
      return null;
    }
    return parsed.data;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const input = validate();
    if (!input) return;
    setErrors({});
    setBusy('saving');
    try {
      if (editing) {
        await update(input as ConnectionUpdate);
        return onDone();
      }
      // Saved, then read once: a URL or key that does not work is not kept unless the user says so.
      const added = await add(input as NewConnection);
      setBusy('testing');
      const result = await api.call('connections.test', { id: added.id }).catch((error: unknown) => ({ ok: false, message: errorMessage(error) }));
      if (result.ok) return onDone();
      setUntested({ connection: added, message: result.message });
    } catch (error) {
      if (error instanceof AppError && error.issues) setErrors(toFieldErrors(error.issues));
      else setFormError(errorMessage(error));
    } finally {
      setBusy(null);
    }
  }

  async function discardUntested() {
    if (!untested) return;
    try {
      await remove(untested.connection.id);
      setUntested(null);
    } catch (error) {
      setFormError(errorMessage(error));
    }
  }

  return (
    <form className="panel connection-form" onSubmit={submit} noValidate aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`}>{editing ? `Edit “${editing.label}”` : 'Add a connection'}</h2>
      <Field id={`${formId}-venue`} label="Venue">
        {(props) => (
          <select {...props} value={venue} disabled={Boolean(editing)} autoFocus={!editing} onChange={(e) => chooseVenue(e.target.value as VenueId)}>
            {VenueId.options.map((id) => (
              <option key={id} value={id}>
                {venues[id].name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={`${formId}-label`} label="Label" error={errors.label}>
        {(props) => <input {...props} value={label} autoFocus={Boolean(editing)} onChange={(e) => setLabel(e.target.value)} placeholder="e.g. Main fund" />}
      </Field>
      <Field id={`${formId}-preset`} label="Server">
        {(props) => (
          <select {...props} value={preset} onChange={(e) => setPreset(e.target.value)}>
            {presets.map((p) => (
              <option key={p.url} value={p.url}>
                {p.name} — {p.url}
              </option>
            ))}
            <option value={CUSTOM}>Custom URL…</option>
          </select>
        )}
      </Field>
      {preset === CUSTOM ? (
        <Field id={`${formId}-url`} label="Base URL" error={errors.baseUrl} hint="https:// only; http:// is allowed for 127.0.0.1 and localhost (simulators).">
          {(props) => <input {...props} value={customUrl} onChange={(e) => setCustomUrl(e.target.value)} placeholder="https://" inputMode="url" />}
        </Field>
      ) : errors.baseUrl ? (
        <p className="field__error" role="alert">
          {errors.baseUrl}
        </p>
      ) : null}
      <fieldset className="credentials">
        <legend>{editing ? 'Replace credentials (leave empty to keep the stored ones)' : 'Credentials — stored only in your OS keychain'}</legend>
        {fields.map((field) => (
          <Field key={field.name} id={`${formId}-${field.name}`} label={field.label} error={errors[`credentials.${field.name}`]}>
            {(props) => (
              <input
                {...props}
                type={field.secret ? 'password' : 'text'}
                autoComplete={field.autoComplete}
                spellCheck={false}
                value={credentials[field.name] ?? ''}
                onChange={(e) => setCredentials({ ...credentials, [field.name]: e.target.value })}
              />
            )}
          </Field>
        ))}
        <ErrorLine message={errors.credentials} />
      </fieldset>
      {untested ? (
        <div className="banner banner--warn" role="alert">
          <p className="banner__line">
            <strong>“{untested.connection.label}” could not be read:</strong> {untested.message}
          </p>
          <p className="banner__line">Keep it anyway (e.g. the venue is down for now), or remove it and correct the details above.</p>
          <div className="actions actions--start">
            <button type="button" className="button button--small" onClick={onDone}>
              Save anyway
            </button>
            <button type="button" className="button button--small button--danger-quiet" onClick={() => void discardUntested()}>
              Remove it
            </button>
          </div>
        </div>
      ) : null}
      <ErrorLine message={formError} className="form-error" />
      <div className="actions">
        <button type="button" className="button" onClick={onDone} disabled={untested !== null}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={busy !== null || untested !== null} aria-busy={busy !== null}>
          {busy === 'testing' ? 'Testing the connection…' : busy === 'saving' ? 'Saving…' : editing ? 'Save' : 'Add connection'}
        </button>
      </div>
    </form>
  );
}
