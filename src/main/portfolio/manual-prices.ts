import { Dec, decimalString } from '../../shared/decimal';
import { ManualPrice } from '../../shared/domain/prices';
import { AppError } from '../../shared/app-error';
import type { SettingsRepo } from '../store/settings-repo';
import { z } from 'zod';

/** Stored beside the app's settings under a key of their own: a list the user edits, not a preference. */
const KEY = 'manual-prices';

const plainPositive = /^\d+(\.\d+)?$/;
const assetPattern = /^[A-Z0-9][A-Z0-9._-]{0,31}$/;

/** An asset as the user names it ("eur ") in the form every venue's rows use ("EUR"), or a sentence why not. */
export function parseAsset(text: string): string {
  const asset = text.trim().toUpperCase();
  if (!assetPattern.test(asset)) throw new AppError('invalid_input', `"${text.trim()}" is not an asset symbol: use letters and digits, such as EUR.`);
  return asset;
}

/** A manual price is a positive plain decimal ("1.08"), kept exactly as typed but canonical, or a sentence why not. */
export function parseManualPrice(text: string): string {
  const trimmed = text.trim();
  if (!plainPositive.test(trimmed)) throw new AppError('invalid_input', `"${trimmed}" is not a price: write a positive number of US dollars, such as 1.08.`);
  const price = new Dec(trimmed);
  if (price.lte(0)) throw new AppError('invalid_input', 'A price must be more than 0.');
  return decimalString(price);
}

/** The user's manual prices, one per asset, in the settings table. Reads tolerate a value a newer version wrote. */
export class ManualPrices {
  constructor(private readonly repo: SettingsRepo) {}

  list(): ManualPrice[] {
    const parsed = z.array(ManualPrice).safeParse(this.repo.get(KEY));
    return parsed.success ? parsed.data.sort((a, b) => a.asset.localeCompare(b.asset)) : [];
  }

  set(assetText: string, priceText: string, now: Date): ManualPrice {
    const price: ManualPrice = { asset: parseAsset(assetText), priceUsd: parseManualPrice(priceText), setAt: now.toISOString() };
    this.repo.set(KEY, [...this.list().filter((p) => p.asset !== price.asset), price]);
    return price;
  }

  /** Removes an asset's price; returns the asset as stored. */
  remove(assetText: string): string {
    const asset = parseAsset(assetText);
    const prices = this.list();
    if (!prices.some((p) => p.asset === asset)) throw new AppError('not_found', `There is no manual price for ${asset}.`);
    this.repo.set(KEY, prices.filter((p) => p.asset !== asset));
    return asset;
  }
}
