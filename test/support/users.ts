import type { Database } from '../../server/db/database';
import { createUser, type UserRecord } from '../../server/auth/users';

/** A small scrypt cost for accounts made by tests; the first login re-hashes with the real one. */
export const TEST_COST = { N: 1024, r: 8, p: 1 };

/** Creates an account straight through the user store (the first admin of a test has nobody to create it). */
export function createTestUser(
  db: Database,
  input: { username: string; role: string; password: string; regions?: string[]; chains?: string[] },
): Promise<UserRecord> {
  return createUser({ executor: db.executor, input, cost: TEST_COST, now: Date.now() });
}

/**
 * Deletes the accounts whose username starts with `prefix` (lower case, as stored) and
 * their sessions. Test-only Cypher, so it lives with the tests.
 */
export async function deleteTestUsers(db: Database, prefix: string): Promise<void> {
  const session = db.driver.session();
  try {
    await session.run(
      `MATCH (u:User) WHERE u.username STARTS WITH $prefix
       OPTIONAL MATCH (s:Session)-[:OF]->(u)
       DETACH DELETE s, u`,
      { prefix: prefix.toLowerCase() },
    );
  } finally {
    await session.close();
  }
}
