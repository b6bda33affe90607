/**
 * Turns what a user typed into a Lucene query for the full-text indexes. The text is
 * still sent as a parameter; escaping only stops Lucene from reading `(`, `:` or `"` in
 * a firm's name as query syntax. Terms are ANDed so 联晟 铝箔 narrows rather than widens.
 */
export function toLuceneQuery(text: string): string | null {
  const terms = text
    .normalize('NFKC')
    .split(/\s+/)
    .map((term) => term.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&'))
    .filter((term) => term.length > 0);
  if (terms.length === 0) return null;
  return terms.map((term) => `(${term})`).join(' AND ');
}
