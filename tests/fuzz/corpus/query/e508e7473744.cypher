-PARAM n 1
MATCH (p:Person) RETURN p.name ORDER BY p.name LIMIT $n