/** A small seeded PRNG (mulberry32): the same seed gives the same portfolio, in tests and in the demo. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** Fisher–Yates: the same seed picks the same items in the same order. */
export function shuffled<T>(random: () => number, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** `length` lowercase hex digits, one draw each: seeded keys, secrets and tokens. */
export function randomHex(random: () => number, length: number): string {
  return Array.from({ length }, () => Math.floor(random() * 16).toString(16)).join('');
}

/** A decimal string with `places` digits after the point, in [min, max). */
export function randomDecimal(random: () => number, min: number, max: number, places: number): string {
  const scale = 10 ** Math.min(places, 8);
  const whole = Math.floor((min + random() * (max - min)) * scale);
  const extraDigits = places > 8 ? Array.from({ length: places - 8 }, () => Math.floor(random() * 10)).join('') : '';
  const text = (whole / scale).toFixed(Math.min(places, 8)) + extraDigits;
  return text;
}
