// Nodes per label and relationships per type (each answered from Neo4j's count store).
RETURN COUNT { (:Region) } AS Region, COUNT { (:Chain) } AS Chain, COUNT { (:Link) } AS Link,
       COUNT { (:Enterprise) } AS Enterprise, COUNT { (:Project) } AS Project, COUNT { (:BenchMeta) } AS BenchMeta,
       COUNT { ()-[:PART_OF]->() } AS PART_OF, COUNT { ()-[:HAS_LINK]->() } AS HAS_LINK,
       COUNT { ()-[:FEEDS]->() } AS FEEDS, COUNT { ()-[:LOCATED_IN]->() } AS LOCATED_IN,
       COUNT { ()-[:PRODUCES]->() } AS PRODUCES, COUNT { ()-[:SUPPLIES]->() } AS SUPPLIES,
       COUNT { ()-[:SUBSIDIARY_OF]->() } AS SUBSIDIARY_OF, COUNT { ()-[:LINK_MASTER]->() } AS LINK_MASTER,
       COUNT { ()-[:LEADER]->() } AS LEADER, COUNT { ()-[:INVESTS]->() } AS INVESTS,
       COUNT { ()-[:FOR_LINK]->() } AS FOR_LINK
