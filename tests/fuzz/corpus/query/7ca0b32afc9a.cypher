-PARAM names ['Merz', 'Macron']
-PARAM min 1
MATCH (p:Person) WHERE any(a IN p.aliases WHERE a IN $names) AND size(p.sources) >= $min RETURN p.name ORDER BY p.name