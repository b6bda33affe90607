// A page of the audit trail, newest first, optionally of one enterprise, chain or user,
// and for a scoped reader only changes in (or under) $scope. $afterAt/$afterId continue
// after the last record of the previous page. The `at` index serves the order.
MATCH (c:Change)
WHERE c.at IS NOT NULL
  AND ($enterprise IS NULL OR $enterprise IN c.enterprises)
  AND ($chain IS NULL OR $chain IN c.chains)
  AND ($user IS NULL OR c.userId = $user)
  AND ($scope IS NULL OR any(code IN $scope WHERE code IN c.regionLineage))
  AND ($afterAt IS NULL OR c.at < $afterAt OR (c.at = $afterAt AND c.id < $afterId))
RETURN c {.*} AS change
ORDER BY c.at DESC, c.id DESC
LIMIT $first
