/**
 * The recruiter's target list (招商目标): for one gap link the ranked firms outside the
 * region with their score bars and reasons, or for the whole chain the deduplicated
 * target firm list; a filter form that re-queries, "more" paging, CSV/Excel downloads.
 * Rendering only: the caller (`views.ts`) owns the data and the requests.
 */
import type { ChainTarget, GapLink, Target } from './analysis-api';
import { h, setChildren } from './dom';
import { displayName } from './elements';
import { formatNumber, formatQuantities } from './format';
import { enumLabel, type Lang, t, TAG_LABELS, tagLabel } from './i18n';
import { renderScoreBars } from './score-bars';
import { regionText } from './target-table';
import { EMPTY_FILTER, OWNERSHIPS, type TargetFilterState } from './target-filter';
import type { Ownership, Region } from './types';

export const defaults = {
  /** Reasons shown under each firm before the rest are folded away. */
  reasonsShown: 4,
};

export type TargetsData =
  | { kind: 'link'; targets: Target[]; total: number; hasNextPage: boolean; linkName: string; unit: string | null }
  | { kind: 'chain'; targets: ChainTarget[] };

export interface TargetsViewOptions extends Partial<typeof defaults> {
  container: HTMLElement;
  lang: Lang;
  chainName: string;
  regionName: string | null;
  /** Null = the whole chain's list. */
  link: string | null;
  gapLinks: readonly GapLink[];
  provinces: readonly Region[];
  filter: TargetFilterState;
  /** Null = loading. */
  data: TargetsData | null;
  /** A page is being added. */
  loadingMore: boolean;
  onLink: (link: string | null) => void;
  onFilter: (filter: TargetFilterState) => void;
  onMore: () => void;
  onDownload: (format: 'csv' | 'xlsx') => void;
  /** Signed-in editors, a gap link's list only: log a follow-up with this firm (null: no button). */
  onLogFollowUp?: ((enterprise: { id: string; name: string }) => void) | null;
}

function checkboxes<T extends string>(
  name: string,
  values: readonly T[],
  checked: readonly string[],
  label: (v: T) => string,
): HTMLElement[] {
  return values.map((v) =>
    h(
      'label',
      { className: 'check' },
      h('input', { type: 'checkbox', name, value: v, checked: checked.includes(v) }),
      label(v),
    ),
  );
}

function provinceSelect(id: string, provinces: readonly Region[], selected: readonly string[]): HTMLSelectElement {
  const select = h(
    'select',
    { id, name: id, multiple: true, size: 5 },
    provinces.map((p) => h('option', { value: p.code }, p.name)),
  );
  for (const option of Array.from(select.options)) option.selected = selected.includes(option.value);
  return select;
}

/** The filter as the form holds it now. */
function readFilter(form: HTMLFormElement): TargetFilterState {
  const checked = (name: string) =>
    Array.from(form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)).map((i) => i.value);
  const selected = (id: string) =>
    Array.from((form.querySelector(`#${id}`) as HTMLSelectElement | null)?.selectedOptions ?? []).map((o) => o.value);
  const min = Number((form.querySelector('#tf-mincap') as HTMLInputElement | null)?.value ?? '');
  return {
    tags: checked('tf-tag'),
    ownership: checked('tf-own') as Ownership[],
    includeProvinces: selected('tf-include'),
    excludeProvinces: selected('tf-exclude'),
    minCapacity: Number.isFinite(min) && min > 0 ? min : null,
  };
}

function filterForm(o: TargetsViewOptions): HTMLFormElement {
  const l = o.lang;
  const unit = o.data?.kind === 'link' ? (o.data.unit ?? '') : '';
  const form = h(
    'form',
    { id: 'target-filter', className: 'target-filter', 'aria-labelledby': 'tf-title' },
    h('h3', { id: 'tf-title' }, t(l, 'filterTitle')),
    h(
      'fieldset',
      {},
      h('legend', {}, t(l, 'filterTags')),
      checkboxes('tf-tag', Object.keys(TAG_LABELS), o.filter.tags, (tag) => tagLabel(l, tag)),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, t(l, 'filterOwnership')),
      checkboxes('tf-own', OWNERSHIPS, o.filter.ownership, (v) => enumLabel(l, v)),
    ),
    h(
      'div',
      { className: 'field' },
      h('label', { for: 'tf-include' }, t(l, 'filterInclude')),
      provinceSelect('tf-include', o.provinces, o.filter.includeProvinces),
    ),
    h(
      'div',
      { className: 'field' },
      h('label', { for: 'tf-exclude' }, t(l, 'filterExclude')),
      provinceSelect('tf-exclude', o.provinces, o.filter.excludeProvinces),
    ),
    h(
      'div',
      { className: 'field' },
      h('label', { for: 'tf-mincap' }, t(l, 'filterMinCapacity', { unit: unit || '—' })),
      h('input', {
        id: 'tf-mincap',
        type: 'number',
        min: 0,
        step: 'any',
        inputmode: 'decimal',
        value: o.filter.minCapacity ?? '',
      }),
    ),
    h(
      'div',
      { className: 'buttons' },
      h('button', { type: 'submit', id: 'tf-apply' }, t(l, 'filterApply')),
      h('button', { type: 'button', id: 'tf-reset', onclick: () => o.onFilter(EMPTY_FILTER) }, t(l, 'filterReset')),
    ),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    o.onFilter(readFilter(form));
  });
  return form;
}

function firmHeader(l: Lang, rank: number, name: string, e: Target['enterprise'], score: number): HTMLElement {
  return h(
    'div',
    { className: 'target-head' },
    h('span', { className: 'target-rank' }, `${rank}`),
    h('strong', { className: 'target-name' }, name),
    h('span', { className: 'target-score' }, t(l, 'tgtScoreLabel', { score: formatNumber(l, score) })),
    h(
      'span',
      { className: 'target-meta muted' },
      [regionText(e), enumLabel(l, e.ownership), ...e.tags.map((tag) => tagLabel(l, tag))].filter(Boolean).join(' · '),
    ),
  );
}

function reasons(l: Lang, list: readonly { zh: string; en: string }[], shown: number): HTMLElement {
  const items = list.map((r) => h('li', {}, r[l]));
  if (items.length <= shown) return h('ul', { className: 'target-reasons' }, items);
  return h(
    'div',
    {},
    h('ul', { className: 'target-reasons' }, items.slice(0, shown)),
    h('details', {}, h('summary', {}, '…'), h('ul', { className: 'target-reasons' }, items.slice(shown))),
  );
}

function list(o: TargetsViewOptions & typeof defaults): HTMLElement {
  const l = o.lang;
  const data = o.data;
  if (!data) return h('p', { className: 'muted', role: 'status' }, t(l, 'loading'));
  if (data.targets.length === 0) return h('p', { className: 'muted', id: 'targets-empty' }, t(l, 'tgtEmpty'));
  if (data.kind === 'chain') {
    return h(
      'ol',
      { id: 'target-list', className: 'target-list' },
      data.targets.map((x, i) =>
        h(
          'li',
          { className: 'target', 'data-firm': x.enterprise.id, 'data-score': x.score },
          firmHeader(l, i + 1, x.enterprise.name, x.enterprise, x.score),
          h(
            'p',
            { className: 'target-links' },
            t(l, 'tgtGapLinks', { links: x.links.map((k) => displayName(l, k)).join(t(l, 'listSep')) }),
          ),
          reasons(l, x.reasons, o.reasonsShown),
        ),
      ),
    );
  }
  return h(
    'ol',
    { id: 'target-list', className: 'target-list' },
    data.targets.map((x) =>
      h(
        'li',
        { className: 'target', 'data-firm': x.enterprise.id, 'data-score': x.score, 'data-rank': x.rank },
        firmHeader(l, x.rank, x.enterprise.name, x.enterprise, x.score),
        x.capacity.length || x.viaGroup
          ? h(
              'p',
              { className: 'target-capacity' },
              formatQuantities(l, x.capacity),
              x.viaGroup ? h('span', { className: 'chip' }, t(l, 'tgtViaGroup')) : null,
            )
          : null,
        renderScoreBars({ components: x.components, lang: l }),
        reasons(l, x.reasons, o.reasonsShown),
        leadLine(o, x),
      ),
    ),
  );
}

/** The firm's open lead (only readable for those allowed) and the follow-up button for editors. */
function leadLine(o: TargetsViewOptions, x: Target): HTMLElement | null {
  const l = o.lang;
  const log = o.onLogFollowUp;
  if (!x.openLead && !log) return null;
  return h(
    'p',
    { className: 'target-lead' },
    x.openLead
      ? h(
          'span',
          { className: 'chip lead-chip', 'data-lead': x.openLead.id, title: t(l, 'leadOpenShort') },
          t(l, 'leadOpen', { date: x.openLead.openedOn }),
        )
      : null,
    log
      ? h(
          'button',
          {
            type: 'button',
            className: 'action',
            'data-follow-up': x.enterprise.id,
            onclick: () => log({ id: x.enterprise.id, name: x.enterprise.name }),
          },
          t(l, 'logFollowUp'),
        )
      : null,
  );
}

/** Draw the whole view from the options (the caller re-renders on every change). */
export function renderTargetsView(options: TargetsViewOptions): void {
  const o = { ...defaults, ...options };
  const l = o.lang;
  const region = o.regionName ?? t(l, 'national');
  const gapLink = o.gapLinks.find((g) => g.link.id === o.link);
  const linkName = gapLink ? displayName(l, gapLink.link) : o.data?.kind === 'link' ? o.data.linkName : (o.link ?? '');
  const title = o.link
    ? t(l, 'tgtTitle', { link: linkName, region })
    : t(l, 'tgtChainTitle', { chain: o.chainName, region });
  const linkSelect = h(
    'select',
    { id: 'targets-link', onchange: (e: Event) => o.onLink((e.target as HTMLSelectElement).value || null) },
    h('option', { value: '' }, t(l, 'tgtWholeChain')),
    o.gapLinks
      .filter((g) => g.opportunity !== 'NONE' || g.link.id === o.link)
      .map((g) => h('option', { value: g.link.id }, displayName(l, g.link))),
  );
  if (o.link && !o.gapLinks.some((g) => g.link.id === o.link)) {
    linkSelect.append(h('option', { value: o.link }, linkName));
  }
  linkSelect.value = o.link ?? '';
  const data = o.data;
  const count = !data
    ? ''
    : data.kind === 'link'
      ? t(l, 'tgtTotal', { total: data.total, shown: data.targets.length })
      : t(l, 'tgtChainCount', { n: data.targets.length });
  setChildren(
    o.container,
    h('h2', { id: 'targets-title', tabindex: -1 }, title),
    h(
      'div',
      { className: 'view-controls' },
      h('div', { className: 'field' }, h('label', { for: 'targets-link' }, t(l, 'tgtLinkLabel')), linkSelect),
      h(
        'div',
        { className: 'buttons', role: 'group', 'aria-label': t(l, 'expMenu') },
        h(
          'button',
          { type: 'button', id: 'targets-csv', disabled: !data?.targets.length, onclick: () => o.onDownload('csv') },
          t(l, 'downloadCsv'),
        ),
        h(
          'button',
          { type: 'button', id: 'targets-xlsx', disabled: !data?.targets.length, onclick: () => o.onDownload('xlsx') },
          t(l, 'downloadXlsx'),
        ),
      ),
    ),
    h(
      'div',
      { className: 'targets-body' },
      filterForm(o),
      h(
        'div',
        { className: 'targets-main' },
        h('p', { id: 'targets-count', className: 'muted', role: 'status' }, count),
        list(o),
        data?.kind === 'link' && data.hasNextPage
          ? h(
              'button',
              { type: 'button', id: 'targets-more', disabled: o.loadingMore, onclick: () => o.onMore() },
              o.loadingMore ? t(l, 'loading') : t(l, 'tgtMore'),
            )
          : null,
      ),
    ),
  );
}
