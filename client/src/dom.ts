/** A minimal element builder: text goes in as text nodes, never as HTML. */

export type Child = Node | string | number | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

/** `h('button', { type: 'button', onclick: fn, 'aria-label': 'x' }, '关闭')`. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Array<Child | Child[]>
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value == null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value);
    } else if (key === 'className') {
      el.className = String(value);
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  for (const child of children.flat()) {
    if (child == null || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

/** Replace all children of `el`. */
export function setChildren(el: Element, ...children: Array<Child | Child[]>): void {
  el.replaceChildren(
    ...children
      .flat()
      .filter((c): c is Node | string | number => c != null && c !== false)
      .map((c) => (c instanceof Node ? c : String(c))),
  );
}
