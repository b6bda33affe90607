// Which Neo4j we talk to: name, version, edition (healthz and start-up log).
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
