MATCH (:Enterprise {id: $child})-[s:SUBSIDIARY_OF]->(:Enterprise {id: $parent})
DELETE s
