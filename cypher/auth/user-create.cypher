// A new account; the username's uniqueness constraint refuses a duplicate.
CREATE (u:User {id: $id, username: $username, displayName: $displayName, role: $role,
                passwordHash: $passwordHash, createdAt: $createdAt, disabled: false})
RETURN u.id AS id
