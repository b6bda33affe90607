// Deletes the firm $id; the resolver has refused if anything but its location and derived
// data still hangs on it (edit/enterprise-dependents).
MATCH (e:Enterprise {id: $id})
DETACH DELETE e
