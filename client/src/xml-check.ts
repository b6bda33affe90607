/**
 * A small XML well-formedness check for the unit tests (Node has no DOMParser):
 * one root, tags balanced and properly nested, attributes quoted and unique, entity
 * references known. Returns the element names in document order.
 */
export function checkXml(xml: string): { elements: string[]; root: string } {
  const body = xml.replace(/^\uFEFF?<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  const elements: string[] = [];
  let root = '';
  let rootClosed = false;
  const token = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\/?[^>]*>|[^<]+/g;
  for (const m of body.matchAll(token)) {
    const tok = m[0];
    if (tok.startsWith('<!--') || tok.startsWith('<![CDATA[')) continue;
    if (!tok.startsWith('<')) {
      if (stack.length === 0 && tok.trim()) throw new Error(`text outside the root: ${tok.slice(0, 20)}`);
      checkEntities(tok);
      continue;
    }
    const close = /^<\/([A-Za-z_][\w.:-]*)\s*>$/.exec(tok);
    if (close) {
      const open = stack.pop();
      if (open !== close[1]) throw new Error(`</${close[1]}> closes <${open}>`);
      if (stack.length === 0) rootClosed = true;
      continue;
    }
    const open = /^<([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>$/.exec(tok);
    if (!open) throw new Error(`malformed tag: ${tok.slice(0, 80)}`);
    const name = open[1] ?? '';
    if (stack.length === 0) {
      if (rootClosed || root) throw new Error(`second root element <${name}>`);
      root = name;
    }
    const names = [...(open[2] ?? '').matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*("[^"]*"|'[^']*')/g)];
    const seen = new Set<string>();
    for (const a of names) {
      if (seen.has(a[1] ?? '')) throw new Error(`duplicate attribute ${a[1]} on <${name}>`);
      seen.add(a[1] ?? '');
      checkEntities(a[2] ?? '');
    }
    elements.push(name);
    if (open[3] !== '/') stack.push(name);
    else if (stack.length === 0) rootClosed = true;
  }
  if (stack.length) throw new Error(`unclosed <${stack.join('>, <')}>`);
  if (!root) throw new Error('no root element');
  return { elements, root };
}

function checkEntities(text: string): void {
  for (const m of text.matchAll(/&([^;\s]*);?/g)) {
    if (!/^(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+)$/.test(m[1] ?? '') || !m[0].endsWith(';')) {
      throw new Error(`bad entity reference ${m[0]}`);
    }
  }
}
