-PARAM who 'Starmer'
MATCH (p:Person {name: $who})-[:SAID]->(q) RETURN count(q)