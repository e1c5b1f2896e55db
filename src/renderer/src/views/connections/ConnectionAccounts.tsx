import { useState, type FormEvent } from 'react';
import type { Account } from '../../../../shared/domain/account';
import { AccountAliasText } from '../../../../shared/domain/account';
import { useAccountsStore } from '../../stores/accounts-store';
import { errorMessage } from '../../stores/error-message';
import { TableHead } from '../../components/TableHead';

/** One account's name: saved on Enter or Save; an empty name brings back the venue's name (or the id). */
function AccountRow({ account }: { readonly account: Account }) {
  const setAlias = useAccountsStore((state) => state.setAlias);
  const [value, setValue] = useState(account.alias ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const fieldId = `alias-${account.connectionId}-${account.accountId}`;

  async function save(event: FormEvent) {
    event.preventDefault();
    // The same schema the core parses with: the sentence appears before a round trip.
    const parsed = AccountAliasText.safeParse(value);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'This name cannot be used.');
    try {
      setError(null);
      const updated = await setAlias(account.connectionId, account.accountId, parsed.data);
      setValue(updated.alias ?? '');
      setSaved(true);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <tr data-account={account.accountId}>
      <th scope="row">
        {account.accountId}
      </th>
      <td>{account.venueName ?? <span className="muted">none</span>}</td>
      <td>
        <form className="account-alias" onSubmit={save} aria-label={`Name of account ${account.accountId}`}>
          <input
            id={fieldId}
            aria-label={`Your name for account ${account.accountId}`}
            value={value}
            placeholder={account.venueName ?? account.accountId}
            onChange={(e) => {
              setValue(e.target.value);
              setSaved(false);
            }}
            aria-invalid={Boolean(error)}
            aria-describedby={error ? `${fieldId}-error` : undefined}
          />
          <button type="submit" className="button button--small">
            Save
          </button>
          {saved ? <span className="muted" role="status">Saved.</span> : null}
        </form>
        {error ? (
          <span id={`${fieldId}-error`} className="field__error" role="alert">
            {error}
          </span>
        ) : null}
      </td>
    </tr>
  );
}

/** A connection's accounts with the venue's name, the id, and the name the user gives each (shown everywhere). */
export function ConnectionAccounts({ connectionId, label }: { readonly connectionId: string; readonly label: string }) {
  const accounts = useAccountsStore((state) => state.accounts);
  const mine = accounts.filter((a) => a.connectionId === connectionId);
  return (
    <section className="connection-accounts" aria-labelledby={`accounts-${connectionId}`}>
      <h3 id={`accounts-${connectionId}`}>Accounts</h3>
      {mine.length === 0 ? (
        <p className="muted">No accounts yet: they are listed once this connection has been read.</p>
      ) : (
        <>
          <p className="muted">Your name for an account is shown everywhere it appears, in exports and the CLI too. Leave it empty to use the venue’s name.</p>
          <div className="table-wrap">
            <table className="table" aria-label={`Accounts of ${label}`}>
              <TableHead columns={['Account id', 'Venue’s name', 'Your name']} />
              <tbody>
                {mine.map((a) => (
                  <AccountRow key={a.accountId} account={a} />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
