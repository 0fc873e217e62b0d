match (n:Person) // the people
where n.name /* inline */ = 'Keir Starmer'
return n.name;