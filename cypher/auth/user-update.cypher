// Display name, role and disabled flag of an account (the caller passes the merged values).
MATCH (u:User {id: $id})
SET u.displayName = $displayName, u.role = $role, u.disabled = $disabled
RETURN u.id AS id
