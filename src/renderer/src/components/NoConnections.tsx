import { hrefFor } from '../router/route';
import { StateMessage } from './StateMessage';

/** First launch: where the data will come from. */
export function NoConnections() {
  return (
    <StateMessage kind="empty" title="Nothing to show yet">
      <p>
        Holdfast shows what your venue accounts hold once it can read them. <a href={hrefFor('connections', { add: '1' })}>Add a connection</a> with a
        read-only key, or try the demo portfolio first: <code>holdfast serve --demo</code>.
      </p>
    </StateMessage>
  );
}
