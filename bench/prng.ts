/**
 * Seeded randomness for the generator. Every phase draws from its own stream (derived
 * from the seed and the phase name), so changing, say, the number of projects does not
 * reshuffle the enterprises: the same flags always give the same knowledge base.
 */
export class Random {
  private state: number;

  constructor(seed: number, stream = '') {
    this.state = hashSeed(seed, stream);
  }

  /** mulberry32: fast, 32-bit state, good enough for synthetic data (not for crypto). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [min, max]. */
  range(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[this.int(items.length)]!;
  }

  /** Standard normal (Box–Muller; one of the pair is thrown away for simplicity). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Lognormal with the given median: capacities, revenues and head counts are all heavy-tailed. */
  lognormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /** Poisson (Knuth); only used with small means (supplies per customer link). */
  poisson(mean: number): number {
    const limit = Math.exp(-mean);
    let k = 0;
    let p = this.next();
    while (p > limit) {
      k++;
      p *= this.next();
    }
    return k;
  }
}

/** FNV-1a over the stream name, mixed with the seed. */
function hashSeed(seed: number, stream: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < stream.length; i++) {
    h ^= stream.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * Vose's alias table: O(1) weighted draws, which matters when a million enterprises each
 * draw a county, a chain and a link.
 */
export class WeightedPicker {
  private readonly probability: Float64Array;
  private readonly alias: Int32Array;

  constructor(weights: ArrayLike<number>) {
    const n = weights.length;
    if (n === 0) throw new RangeError('WeightedPicker needs at least one weight');
    let total = 0;
    for (let i = 0; i < n; i++) total += weights[i]!;
    if (!(total > 0)) throw new RangeError('WeightedPicker needs a positive total weight');
    this.probability = new Float64Array(n);
    this.alias = new Int32Array(n);
    const scaled = new Float64Array(n);
    const small: number[] = [];
    const large: number[] = [];
    for (let i = 0; i < n; i++) {
      scaled[i] = (weights[i]! * n) / total;
      (scaled[i]! < 1 ? small : large).push(i);
    }
    while (small.length > 0 && large.length > 0) {
      const s = small.pop()!;
      const l = large.pop()!;
      this.probability[s] = scaled[s]!;
      this.alias[s] = l;
      scaled[l] = scaled[l]! + scaled[s]! - 1;
      (scaled[l]! < 1 ? small : large).push(l);
    }
    for (const i of [...small, ...large]) this.probability[i] = 1;
  }

  get size(): number {
    return this.probability.length;
  }

  pick(random: Random): number {
    const i = random.int(this.probability.length);
    return random.next() < this.probability[i]! ? i : this.alias[i]!;
  }
}
