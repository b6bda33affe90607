// Stores a new password hash.
MATCH (u:User {id: $id})
SET u.passwordHash = $passwordHash
RETURN u.id AS id
