import { useState, type FormEvent } from 'react';
import { FieldNote } from '../../components/FieldNote';
import { SavedNote } from '../../components/SavedNote';
import { errorMessage } from '../../stores/error-message';
import { useManualPricesStore } from '../../stores/manual-prices-store';
import { parseUsdText } from './usd-text';

interface ManualPriceFormProps {
  readonly id: string;
  /** The asset to price; absent: the form asks for it. */
  readonly asset?: string;
  readonly initialPrice?: string;
  readonly onDone?: () => void;
}

/**
 * Sets a manual USD price: "1.08", "1,000.5" and "$1.08" as the threshold field takes them. Saving reads
 * the connections holding the asset again, so the form says so while it waits.
 */
export function ManualPriceForm({ id, asset, initialPrice = '', onDone }: ManualPriceFormProps) {
  const [assetText, setAssetText] = useState(asset ?? '');
  const [priceText, setPriceText] = useState(initialPrice);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const name = (asset ?? assetText).trim();
    const price = parseUsdText(priceText);
    setSaved(false);
    if (name === '') return setError('Enter the asset’s symbol, e.g. EUR.');
    if (price === null) return setError('Enter a price in USD, e.g. 1.08 or 1,000.5.');
    setError(null);
    setSaving(true);
    try {
      await useManualPricesStore.getState().set(name, price);
      setSaved(true);
      if (!asset) {
        setAssetText('');
        setPriceText('');
      }
      onDone?.();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  }

  const priceLabel = asset ? `USD price of ${asset}` : 'USD price';
  return (
    <form className={error ? 'field field--invalid manual-price-form' : 'field manual-price-form'} onSubmit={submit} aria-label={asset ? `Set a price for ${asset}` : 'Add a manual price'}>
      <div className="field__row">
        {asset ? null : (
          <>
            <label htmlFor={`${id}-asset`}>Asset</label>
            <input id={`${id}-asset`} className="input--asset" value={assetText} onChange={(e) => setAssetText(e.target.value)} autoComplete="off" spellCheck={false} />
          </>
        )}
        <label htmlFor={`${id}-price`}>{priceLabel}</label>
        <input
          id={`${id}-price`}
          className="input--price"
          value={priceText}
          onChange={(e) => setPriceText(e.target.value)}
          inputMode="decimal"
          autoComplete="off"
          aria-invalid={Boolean(error)}
          aria-describedby={`${id}-note`}
        />
        <button type="submit" className="button button--small" disabled={saving}>
          {saving ? 'Saving…' : 'Save price'}
        </button>
        {onDone && asset ? (
          <button type="button" className="button button--small" onClick={onDone} disabled={saving}>
            Cancel
          </button>
        ) : null}
        <SavedNote shown={saved} />
      </div>
      <FieldNote id={id} error={error} hint={saving ? 'Reading the connections that hold it again, to value it…' : 'Used only where no venue prices the asset; venue prices always win.'} />
    </form>
  );
}
