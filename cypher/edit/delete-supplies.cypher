MATCH (:Enterprise {id: $supplier})-[r:SUPPLIES {link: $link}]->(:Enterprise {id: $customer})
DELETE r
