// What a login needs: the account behind a (normalised) username, with its password hash.
// Never returned to a client.
MATCH (u:User {username: $username})
RETURN u.id AS id, u.passwordHash AS passwordHash, u.disabled AS disabled
