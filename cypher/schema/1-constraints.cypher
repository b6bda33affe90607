// Keys of the knowledge base. Uniqueness constraints also give the range indexes that
// every MERGE and lookup by id uses.
CREATE CONSTRAINT region_code IF NOT EXISTS FOR (r:Region) REQUIRE r.code IS UNIQUE;
CREATE CONSTRAINT chain_id IF NOT EXISTS FOR (c:Chain) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT link_id IF NOT EXISTS FOR (l:Link) REQUIRE l.id IS UNIQUE;
CREATE CONSTRAINT enterprise_id IF NOT EXISTS FOR (e:Enterprise) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (p:Project) REQUIRE p.id IS UNIQUE;
