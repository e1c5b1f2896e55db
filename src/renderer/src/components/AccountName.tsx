import { accountTitle } from '../format/account-title';
import { findAccount, useAccountsStore } from '../stores/accounts-store';

interface AccountNameProps {
  readonly connectionId: string;
  readonly accountId: string;
  /** The name the core resolved for the row (alias, else the venue's name, else the id). */
  readonly label: string;
  readonly className?: string;
}

/** An account's name as shown everywhere; hovering it keeps the venue's name and the id within reach. */
export function AccountName({ connectionId, accountId, label, className }: AccountNameProps) {
  const account = useAccountsStore((state) => findAccount(state.byKey, connectionId, accountId));
  return (
    <span className={className} title={accountTitle(account, accountId, label)}>
      {label}
    </span>
  );
}
