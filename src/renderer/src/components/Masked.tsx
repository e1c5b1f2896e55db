import { MASK } from '../format/amount';
import { usePrivacy } from '../stores/settings-store';

/** A figure that is not an <Amount> (a share, a change's percentage): masked whole in privacy mode, like every amount. */
export function Masked({ text, className }: { readonly text: string; readonly className?: string }) {
  const privacy = usePrivacy();
  return <span className={className}>{privacy ? MASK : text}</span>;
}
