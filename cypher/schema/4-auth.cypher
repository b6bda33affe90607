// Accounts and sessions (docs/security.md). Usernames are stored normalised (NFKC, lower
// case), so the uniqueness constraint also makes them case-insensitive.
CREATE CONSTRAINT user_id IF NOT EXISTS FOR (u:User) REQUIRE u.id IS UNIQUE;
CREATE CONSTRAINT user_username IF NOT EXISTS FOR (u:User) REQUIRE u.username IS UNIQUE;
// Every authenticated request looks its session up by the token's hash.
CREATE CONSTRAINT session_token_hash IF NOT EXISTS FOR (s:Session) REQUIRE s.tokenHash IS UNIQUE;
// Expired sessions are deleted in batches, oldest first.
CREATE INDEX session_expires_at IF NOT EXISTS FOR (s:Session) ON (s.expiresAt);
