import { DEFAULT_COST, dummyHash, hashPassword, needsRehash, verifyPassword, type ScryptCost } from './password';

// A small cost keeps the unit tests fast; one test uses the real default.
const cheap: ScryptCost = { N: 1024, r: 8, p: 1 };

describe('hashPassword / verifyPassword', () => {
  it('stores a self-describing scrypt string that verifies the right password only', async () => {
    const stored = await hashPassword({ password: '正确的密码 correct horse', cost: cheap });
    expect(stored).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(await verifyPassword({ password: '正确的密码 correct horse', stored })).toBe(true);
    expect(await verifyPassword({ password: '正确的密码 correct hors', stored })).toBe(false);
    expect(await verifyPassword({ password: '', stored })).toBe(false);
  });

  it('salts each hash, so the same password never gives the same string', async () => {
    const a = await hashPassword({ password: 'same password 1', cost: cheap });
    const b = await hashPassword({ password: 'same password 1', cost: cheap });
    expect(a).not.toBe(b);
    expect(await verifyPassword({ password: 'same password 1', stored: b })).toBe(true);
  });

  it('matches full-width and half-width forms of the same password (NFKC)', async () => {
    const stored = await hashPassword({ password: 'Ｌｉａｎｐｕ２０２４！', cost: cheap });
    expect(await verifyPassword({ password: 'Lianpu2024!', stored })).toBe(true);
  });

  it('verifies with the parameters stored in the hash, and says when they are not the current ones', async () => {
    const stored = await hashPassword({ password: 'an older hash 1', cost: { N: 2048, r: 4, p: 1 } });
    expect(await verifyPassword({ password: 'an older hash 1', stored })).toBe(true);
    expect(needsRehash({ stored, cost: cheap })).toBe(true);
    expect(needsRehash({ stored: await hashPassword({ password: 'x'.repeat(12), cost: cheap }), cost: cheap })).toBe(
      false,
    );
  });

  it.each([
    ['not scrypt', 'bcrypt$2b$10$abc'],
    ['N not a power of two', 'scrypt$1000$8$1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g'],
    ['N beyond the bound (memory bomb)', 'scrypt$1073741824$8$1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA'],
    ['missing parts', 'scrypt$1024$8$1$c2FsdA'],
    ['empty', ''],
  ])('treats a malformed stored hash (%s) as a mismatch, without throwing', async (_, stored) => {
    await expect(verifyPassword({ password: 'whatever password', stored })).resolves.toBe(false);
    expect(needsRehash({ stored, cost: cheap })).toBe(true);
  });

  it('uses the documented default cost', async () => {
    const stored = await hashPassword({ password: 'default cost password' });
    expect(stored.startsWith(`scrypt$${DEFAULT_COST.N}$${DEFAULT_COST.r}$${DEFAULT_COST.p}$`)).toBe(true);
    expect(DEFAULT_COST.N).toBeGreaterThanOrEqual(2 ** 15);
  });
});

describe('the unknown-user path', () => {
  it('checks against a dummy hash of the same cost, which never matches', async () => {
    const dummy = await dummyHash(cheap);
    expect(needsRehash({ stored: dummy, cost: cheap })).toBe(false);
    expect(await dummyHash(cheap)).toBe(dummy);
    expect(await verifyPassword({ password: 'any guess at all', stored: dummy })).toBe(false);
  });

  it('takes about as long as a wrong password for a real account (default cost, medians of 5)', async () => {
    const real = await hashPassword({ password: 'the real password' });
    const dummy = await dummyHash();
    const median = async (stored: string) => {
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const started = process.hrtime.bigint();
        await verifyPassword({ password: 'a wrong guess', stored });
        times.push(Number(process.hrtime.bigint() - started));
      }
      return times.sort((a, b) => a - b)[2]!;
    };
    const wrong = await median(real);
    const unknown = await median(dummy);
    // Skipping scrypt for unknown users would make this ratio ~0; the bound leaves room for a busy machine.
    expect(unknown / wrong).toBeGreaterThan(0.4);
    expect(unknown / wrong).toBeLessThan(2.5);
  });
});
