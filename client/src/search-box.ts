/**
 * Search boxes (the global one in the top bar, the region finder): an accessible
 * combobox, typed into, results in a `role=listbox` list, arrow keys move the active
 * option, Enter opens it, Escape closes. The item builders and `moveActive` are pure;
 * `createSearchBox` wires them to the DOM.
 */
import { h, setChildren } from './dom';
import { displayName } from './elements';
import { type Lang, type MessageKey, t } from './i18n';
import type { GlobalSearchResult } from './leader-api';
import type { Region } from './types';

export const defaults = {
  /** Wait this long after the last key before asking the server (ms). */
  debounceMs: 200,
  /** Results asked for per kind. */
  perKind: 6,
  /** Fewer characters than this are not searched (one Chinese character is a real query). */
  minChars: 1,
};

export type SearchKind = 'chain' | 'link' | 'firm' | 'region';

export interface SearchItem {
  kind: SearchKind;
  id: string;
  label: string;
  /** Second line: where a firm is, which chain a link belongs to, a region's path. */
  detail: string;
  /** For links: the chains it belongs to (to switch to when it is not on the map). */
  chains?: string[];
  /** For regions: the codes from the province down to it. */
  path?: string[];
}

const KIND_KEYS: Record<SearchKind, MessageKey> = {
  chain: 'searchKindChain',
  link: 'searchKindLink',
  firm: 'searchKindFirm',
  region: 'searchKindRegion',
};

export function kindLabel(lang: Lang, kind: SearchKind): string {
  return t(lang, KIND_KEYS[kind]);
}

/** The global search's results in one list: chains, then links, then firms (each by score). */
export function globalSearchItems(options: { lang: Lang; result: GlobalSearchResult }): SearchItem[] {
  const { lang, result } = options;
  const sep = t(lang, 'listSep');
  return [
    ...result.searchChains.map((x) => ({
      kind: 'chain' as const,
      id: x.chain.id,
      label: displayName(lang, x.chain),
      detail: kindLabel(lang, 'chain'),
    })),
    ...result.searchLinks.map((x) => ({
      kind: 'link' as const,
      id: x.link.id,
      label: displayName(lang, x.link),
      detail: [kindLabel(lang, 'link'), x.link.chains.map((c) => displayName(lang, c)).join(sep)]
        .filter(Boolean)
        .join(' · '),
      chains: x.link.chains.map((c) => c.id),
    })),
    ...result.searchEnterprises.map((x) => ({
      kind: 'firm' as const,
      id: x.enterprise.id,
      label: x.enterprise.name,
      detail: [kindLabel(lang, 'firm'), x.enterprise.region?.name ?? ''].filter(Boolean).join(' · '),
    })),
  ];
}

/** Regions as search items, with their path ("内蒙古自治区 › 通辽市") as the detail line. */
export function regionSearchItems(regions: readonly Region[]): SearchItem[] {
  return regions.map((r) => {
    const path = r.path && r.path.length ? r.path : [r];
    return {
      kind: 'region' as const,
      id: r.code,
      label: r.name,
      detail: path
        .slice(0, -1)
        .map((p) => p.name)
        .join(' › '),
      path: path.map((p) => p.code),
    };
  });
}

/** The active option after a key: arrows wrap around, Home/End jump; -1 = none active. */
export function moveActive(current: number, key: string, count: number): number {
  if (count === 0) return -1;
  switch (key) {
    case 'ArrowDown':
      return current < 0 ? 0 : (current + 1) % count;
    case 'ArrowUp':
      return current <= 0 ? count - 1 : current - 1;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return current;
  }
}

export interface SearchBoxOptions {
  /** Element the box is built into (its children are replaced). */
  root: HTMLElement;
  /** Prefix of the ids of the input and the list (unique per page). */
  idPrefix: string;
  labelKey: MessageKey;
  placeholderKey: MessageKey;
  lang(): Lang;
  search(query: string): Promise<SearchItem[]>;
  onChoose(item: SearchItem): void;
  /** A failed search (shown by the caller's banner). */
  onError(err: unknown): void;
}

export interface SearchBox {
  /** Re-label after a language switch. */
  setLang(): void;
  input: HTMLInputElement;
}

export function createSearchBox(options: SearchBoxOptions): SearchBox {
  const { root, idPrefix } = options;
  const listId = `${idPrefix}-list`;
  const label = h('label', { for: `${idPrefix}-input`, className: 'search-label' });
  const input = h('input', {
    id: `${idPrefix}-input`,
    type: 'search',
    role: 'combobox',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
  });
  const list = h('ul', { id: listId, role: 'listbox', className: 'search-results', hidden: true });
  const status = h('span', { className: 'sr-only', role: 'status', 'aria-live': 'polite' });
  setChildren(root, label, h('div', { className: 'search-wrap' }, input, list), status);

  let items: SearchItem[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let token = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const render = () => {
    const lang = options.lang();
    setChildren(
      list,
      items.length
        ? items.map((item, i) =>
            h(
              'li',
              {
                id: `${idPrefix}-opt-${i}`,
                role: 'option',
                className: `search-item kind-${item.kind}`,
                'aria-selected': i === active ? 'true' : 'false',
                'data-kind': item.kind,
                'data-id': item.id,
                // mousedown, not click: the input keeps focus, so the list does not close first.
                onmousedown: (e: Event) => {
                  e.preventDefault();
                  choose(i);
                },
              },
              h('span', { className: 'search-item-label' }, item.label),
              h('span', { className: 'search-item-detail' }, item.detail),
            ),
          )
        : h('li', { role: 'option', 'aria-disabled': 'true', className: 'search-empty' }, t(lang, 'searchNoResults')),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `${idPrefix}-opt-${active}`);
    else input.removeAttribute('aria-activedescendant');
    status.textContent = t(lang, 'searchResults', { n: items.length });
    document.getElementById(`${idPrefix}-opt-${active}`)?.scrollIntoView({ block: 'nearest' });
  };

  const choose = (i: number) => {
    const item = items[i];
    if (!item) return;
    close();
    input.value = item.label;
    options.onChoose(item);
  };

  const run = async (query: string) => {
    const mine = ++token;
    try {
      const found = await options.search(query);
      if (mine !== token) return;
      items = found;
      active = -1;
      render();
    } catch (err) {
      if (mine === token) options.onError(err);
    }
  };

  input.addEventListener('input', () => {
    if (timer !== undefined) clearTimeout(timer);
    const query = input.value.trim();
    if ([...query].length < defaults.minChars) {
      token++;
      items = [];
      close();
      return;
    }
    timer = setTimeout(() => void run(query), defaults.debounceMs);
  });
  input.addEventListener('keydown', (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      if (!list.hidden) {
        e.stopPropagation();
        close();
      }
      return;
    }
    if (e.key === 'Enter') {
      e.preventDefault();
      if (!list.hidden && items.length) choose(active >= 0 ? active : 0);
      return;
    }
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (list.hidden && items.length) list.hidden = false;
      active = moveActive(active, e.key, items.length);
      render();
    }
  });
  input.addEventListener('blur', () => close());

  const setLang = () => {
    const lang = options.lang();
    label.textContent = t(lang, options.labelKey);
    input.placeholder = t(lang, options.placeholderKey);
    if (!list.hidden) render();
  };
  setLang();
  return { setLang, input };
}
