import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Password storage with Node's built-in scrypt (memory-hard, no native package). The
 * stored string describes itself, `scrypt$N$r$p$salt$hash` (salt and hash in base64url),
 * so the cost can be raised later without breaking stored passwords: each is checked
 * with the parameters it was made with, and `needsRehash` says when to store a new one.
 */
export interface ScryptCost {
  /** CPU/memory cost, a power of two; memory is about 128·N·r bytes. */
  N: number;
  /** Block size. */
  r: number;
  /** Parallelisation. */
  p: number;
}

/**
 * 2^15 × 8: 32 MiB and roughly 50-100 ms per hash on a server core. OWASP's scrypt
 * minimum is 2^17 with r=8 (128 MiB); 2^15 keeps a burst of concurrent logins from
 * exhausting memory on a small server, and the login rate limits bound guessing.
 */
export const DEFAULT_COST: ScryptCost = { N: 2 ** 15, r: 8, p: 1 };

const KEY_BYTES = 32;
const SALT_BYTES = 16;
/** Bounds on parameters read back from the database, so a tampered hash cannot make a login allocate gigabytes. */
const MAX_N = 2 ** 20;
const MAX_R = 32;
const MAX_P = 16;

/** Passwords are compared after NFKC, so the same password typed with full-width or half-width characters matches. */
function normalise(password: string): string {
  return password.normalize('NFKC');
}

function derive(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  // Node refuses when 128·N·r exceeds maxmem (32 MiB by default, exactly our cost): leave room.
  const options: ScryptOptions = { N: cost.N, r: cost.r, p: cost.p, maxmem: 256 * cost.N * cost.r };
  return new Promise((resolve, reject) => {
    scrypt(normalise(password), salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export interface HashPasswordOptions {
  /** The password as the user typed it. */
  password: string;
  /** Cost parameters; tests pass a small N to stay fast. */
  cost?: ScryptCost;
}

/** A new self-describing hash with a fresh random salt. */
export async function hashPassword(options: HashPasswordOptions): Promise<string> {
  const cost = options.cost ?? DEFAULT_COST;
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(options.password, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

interface ParsedHash {
  cost: ScryptCost;
  salt: Buffer;
  key: Buffer;
}

function parse(stored: string): ParsedHash | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const valid =
    Number.isInteger(N) &&
    N >= 2 &&
    N <= MAX_N &&
    (N & (N - 1)) === 0 &&
    Number.isInteger(r) &&
    r >= 1 &&
    r <= MAX_R &&
    Number.isInteger(p) &&
    p >= 1 &&
    p <= MAX_P;
  if (!valid) return null;
  const salt = Buffer.from(parts[4]!, 'base64url');
  const key = Buffer.from(parts[5]!, 'base64url');
  if (salt.length < 8 || key.length < 16) return null;
  return { cost: { N, r, p }, salt, key };
}

export interface VerifyPasswordOptions {
  /** What the user typed. */
  password: string;
  /** The stored `scrypt$...` string. */
  stored: string;
}

/**
 * Whether `password` matches `stored`, compared in constant time. A malformed stored
 * string is a mismatch, never an exception, so a damaged account cannot be told apart
 * from a wrong password by its error.
 */
export async function verifyPassword(options: VerifyPasswordOptions): Promise<boolean> {
  const parsed = parse(options.stored);
  if (parsed === null) return false;
  const key = await derive(options.password, parsed.salt, parsed.cost);
  return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
}

/** True when `stored` was made with other parameters than `cost` (or cannot be read): store a new hash at the next login. */
export function needsRehash(options: { stored: string; cost?: ScryptCost }): boolean {
  const cost = options.cost ?? DEFAULT_COST;
  const parsed = parse(options.stored);
  return parsed === null || parsed.cost.N !== cost.N || parsed.cost.r !== cost.r || parsed.cost.p !== cost.p;
}

const dummies = new Map<string, Promise<string>>();

/**
 * A hash of a random password with the given cost, made once per process. A login for an
 * unknown username is checked against it, so it costs the same scrypt run as a wrong
 * password for a real one: response time does not tell which usernames exist.
 */
export function dummyHash(cost: ScryptCost = DEFAULT_COST): Promise<string> {
  const key = `${cost.N}/${cost.r}/${cost.p}`;
  let hash = dummies.get(key);
  if (hash === undefined) {
    hash = hashPassword({ password: randomBytes(24).toString('base64url'), cost });
    dummies.set(key, hash);
  }
  return hash;
}
