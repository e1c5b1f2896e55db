import { hrefFor } from '../router/route';
import { StateMessage } from './StateMessage';
import { TryDemoButton } from './TryDemoButton';

/** First launch: where the data will come from. */
export function NoConnections() {
  return (
    <StateMessage kind="empty" title="Nothing to show yet">
      <p>
        Holdfast shows what your venue accounts hold once it can read them. <a href={hrefFor('connections', { add: '1' })}>Add a connection</a> with a
        read-only key, or look around a lived-in portfolio first: a year of made-up history, kept apart from your own data.
      </p>
      <p>
        <TryDemoButton />
      </p>
    </StateMessage>
  );
}
