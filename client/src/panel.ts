/**
 * The side panels: the firms of a link in the region, and a firm's profile. The
 * `*Model` functions are pure (API data → display strings, tested in Node); the
 * `render*` functions build the DOM from them. Every figure shows its source and date.
 */
import { h, setChildren } from './dom';
import { displayName } from './elements';
import {
  formatMoneyWan,
  formatMoneyYi,
  formatNumber,
  formatProvenance,
  formatQuantities,
  formatQuantity,
  isEstimate,
  sumByUnit,
} from './format';
import { enumLabel, type Lang, t, tagLabel } from './i18n';
import type { EnterpriseDetail, LinkDetail, Production, Provenance } from './types';
import { PRODUCERS_PAGE } from './api';

export const defaults = {
  /** Page size the link panel asked for; a full page means there may be more firms. */
  pageSize: PRODUCERS_PAGE,
  /** Order of the firms: operating first, then building, then planned; by capacity within a status. */
  statusOrder: ['OPERATING', 'BUILDING', 'PLANNED'] as const,
};

export interface ProducerRow {
  firmId: string;
  firm: string;
  region: string;
  capacity: string;
  status: string;
  statusCode: Production['status'];
  tags: string[];
  provenance: string;
  estimate: boolean;
}

export interface LinkPanelModel {
  title: string;
  scope: string;
  rows: ProducerRow[];
  /** Operating capacity per unit, e.g. "266万吨"; empty when no figure. */
  total: string;
  truncated: boolean;
  linkProvenance: string;
}

function capacityText(lang: Lang, p: { capacity?: number | null; unit?: string | null }): string {
  if (p.capacity == null) return '—';
  return formatQuantity(lang, { value: p.capacity, unit: p.unit ?? '' });
}

/** The firms panel of a link as display strings. `regionName` null = national. */
export function linkPanelModel(lang: Lang, link: LinkDetail, regionName: string | null): LinkPanelModel {
  const order = defaults.statusOrder as readonly string[];
  const producers = [...link.producers].sort(
    (a, b) => order.indexOf(a.status) - order.indexOf(b.status) || (b.capacity ?? -1) - (a.capacity ?? -1),
  );
  const rows = producers.map((p) => ({
    firmId: p.enterprise.id,
    firm: p.enterprise.name,
    region: p.enterprise.region?.name ?? '',
    capacity: capacityText(lang, p),
    status: enumLabel(lang, p.status),
    statusCode: p.status,
    tags: [
      ...(p.enterprise.ownership ? [enumLabel(lang, p.enterprise.ownership)] : []),
      ...p.enterprise.tags.map((tag) => tagLabel(lang, tag)),
    ],
    provenance: formatProvenance(lang, p),
    estimate: isEstimate(p.source),
  }));
  const operating = sumByUnit(link.producers.filter((p) => p.status === 'OPERATING'));
  return {
    title: t(lang, 'linkPanelTitle', { link: displayName(lang, link) }),
    scope: t(lang, 'linkPanelScope', { region: regionName ?? t(lang, 'national') }),
    rows,
    total: operating.length ? t(lang, 'linkPanelTotal', { q: formatQuantities(lang, operating) }) : '',
    truncated: link.producers.length >= defaults.pageSize,
    linkProvenance: formatProvenance(lang, link),
  };
}

export interface PanelHandlers {
  /** The close button was pressed. */
  onClose(): void;
  /** A firm name was activated. */
  onFirm(id: string): void;
}

/** The frame of a panel: heading, close button, body. */
function panelFrame(lang: Lang, title: string, handlers: Pick<PanelHandlers, 'onClose'>, ...body: Node[]): HTMLElement {
  const headingId = `panel-h-${Math.random().toString(36).slice(2, 8)}`;
  return h(
    'section',
    { className: 'panel', 'aria-labelledby': headingId },
    h(
      'header',
      { className: 'panel-header' },
      h('h2', { id: headingId, tabindex: -1 }, title),
      h(
        'button',
        {
          type: 'button',
          className: 'close',
          'aria-label': t(lang, 'closePanel'),
          title: t(lang, 'close'),
          onclick: () => handlers.onClose(),
        },
        '×',
      ),
    ),
    h('div', { className: 'panel-body' }, ...body),
  );
}

/** Longer provenance notes (estimates explain themselves at length) fold behind their first words. */
const SOURCE_FOLD = 72;

function sourceNote(text: string, estimate = false): HTMLElement {
  const className = estimate ? 'source estimate' : 'source';
  if ([...text].length <= SOURCE_FOLD) return h('div', { className }, text);
  return h(
    'details',
    { className },
    h('summary', {}, `${[...text].slice(0, SOURCE_FOLD - 8).join('')}…`),
    h('div', {}, text),
  );
}

function firmButton(name: string, id: string, onFirm: (id: string) => void): HTMLElement {
  return h('button', { type: 'button', className: 'link-button', onclick: () => onFirm(id) }, name);
}

export function renderLinkPanel(
  container: Element,
  lang: Lang,
  link: LinkDetail,
  regionName: string | null,
  handlers: PanelHandlers,
  /** Sections shown between the totals and the firm table (gap analysis, projects, actions). */
  extras: Node[] = [],
): void {
  const m = linkPanelModel(lang, link, regionName);
  const body: Node[] = [h('p', { className: 'scope' }, m.scope)];
  if (m.total) body.push(h('p', { className: 'total' }, m.total));
  body.push(...extras);
  if (m.rows.length === 0) {
    body.push(h('p', { className: 'empty' }, t(lang, 'linkPanelEmpty')));
  } else {
    body.push(
      h(
        'table',
        { className: 'firms' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t(lang, 'colFirm')),
            h('th', { scope: 'col' }, t(lang, 'colCapacity')),
            h('th', { scope: 'col' }, t(lang, 'colStatus')),
          ),
        ),
        h(
          'tbody',
          {},
          m.rows.map((r) =>
            h(
              'tr',
              {},
              h(
                'td',
                {},
                firmButton(r.firm, r.firmId, handlers.onFirm),
                r.region ? h('div', { className: 'muted' }, r.region) : null,
                r.tags.length
                  ? h(
                      'div',
                      { className: 'tags' },
                      r.tags.map((tag) => h('span', { className: 'tag' }, tag)),
                    )
                  : null,
                sourceNote(r.provenance, r.estimate),
              ),
              h('td', { className: 'num' }, r.capacity),
              h('td', {}, h('span', { className: `status status-${r.statusCode.toLowerCase()}` }, r.status)),
            ),
          ),
        ),
      ),
    );
    if (m.truncated) body.push(h('p', { className: 'muted' }, t(lang, 'linkPanelTruncated', { n: defaults.pageSize })));
  }
  body.push(sourceNote(m.linkProvenance));
  setChildren(container, panelFrame(lang, m.title, handlers, ...body));
}

/** A labelled fact line; nothing when the value is empty. */
function fact(label: string, value: string | Node | null | undefined): HTMLElement | null {
  if (value == null || value === '') return null;
  return h('div', { className: 'fact' }, h('dt', {}, label), h('dd', {}, value));
}

function provenanced(lang: Lang, main: Array<Node | string | null>, p: Provenance): HTMLElement {
  return h('li', {}, ...main, sourceNote(formatProvenance(lang, p), isEstimate(p.source)));
}

function section(title: string, items: HTMLElement[]): HTMLElement | null {
  if (items.length === 0) return null;
  return h('section', { className: 'profile-section' }, h('h3', {}, title), h('ul', {}, items));
}

export function renderFirmPanel(container: Element, lang: Lang, firm: EnterpriseDetail, handlers: PanelHandlers): void {
  const sep = t(lang, 'listSep');
  const tags = firm.tags.map((tag) => tagLabel(lang, tag));
  const facts = h(
    'dl',
    { className: 'facts' },
    fact(t(lang, 'regionLabel'), firm.region?.name),
    fact(t(lang, 'ownershipLabel'), enumLabel(lang, firm.ownership)),
    fact(
      t(lang, 'tagsLabel'),
      tags.length
        ? h(
            'span',
            { className: 'tags' },
            tags.map((x) => h('span', { className: 'tag' }, x)),
          )
        : null,
    ),
    fact(t(lang, 'aliasesLabel'), firm.aliases.join(sep)),
    fact(t(lang, 'foundedLabel'), firm.founded),
    fact(
      t(lang, 'employeesLabel'),
      firm.employees != null ? t(lang, 'employeesValue', { n: formatNumber(lang, firm.employees) }) : null,
    ),
    fact(t(lang, 'revenueLabel'), firm.revenueWan != null ? formatMoneyWan(lang, firm.revenueWan) : null),
    fact(
      t(lang, 'websiteLabel'),
      firm.website && /^https?:\/\//i.test(firm.website)
        ? h('a', { href: firm.website, target: '_blank', rel: 'noopener noreferrer' }, firm.website)
        : firm.website,
    ),
  );
  const masterOf = firm.masterOf.map((m) => provenanced(lang, [`${displayName(lang, m.chain)} · ${m.region.name}`], m));
  const produces = firm.produces.map((p) =>
    provenanced(
      lang,
      [
        h('strong', {}, p.link ? displayName(lang, p.link) : ''),
        ` ${capacityText(lang, p)} `,
        h('span', { className: `status status-${p.status.toLowerCase()}` }, enumLabel(lang, p.status)),
      ],
      p,
    ),
  );
  const supplyItem = (other: { id: string; name: string }, s: EnterpriseDetail['suppliers'][number]) =>
    provenanced(
      lang,
      [
        firmButton(other.name, other.id, handlers.onFirm),
        t(lang, 'viaLink', { link: displayName(lang, s.link) }),
        s.volume != null ? ` ${formatQuantity(lang, { value: s.volume, unit: s.unit ?? '' })}` : null,
      ],
      s,
    );
  const suppliers = firm.suppliers.map((s) => supplyItem(s.supplier, s));
  const customers = firm.customers.map((s) => supplyItem(s.customer, s));
  const parents = firm.parents.map((p) =>
    provenanced(
      lang,
      [
        firmButton(p.parent.name, p.parent.id, handlers.onFirm),
        p.share != null ? ` ${t(lang, 'shareValue', { n: formatNumber(lang, p.share) })}` : null,
      ],
      p,
    ),
  );
  const subsidiaries = (firm.subsidiaries ?? []).map((x) =>
    provenanced(
      lang,
      [
        firmButton(x.child.name, x.child.id, handlers.onFirm),
        x.share != null ? ` ${t(lang, 'shareValue', { n: formatNumber(lang, x.share) })}` : null,
      ],
      x,
    ),
  );
  const projects = firm.projects.map((p) => {
    const bits = [
      enumLabel(lang, p.status),
      p.region.name,
      displayName(lang, p.link),
      p.investmentYi != null ? formatMoneyYi(lang, p.investmentYi) : null,
      p.capacity != null ? formatQuantity(lang, { value: p.capacity, unit: p.unit ?? '' }) : null,
      [p.signedOn, p.startedOn, p.producingOn].filter(Boolean).join(' → ') || null,
      p.leader ? t(lang, 'projectLeader', { name: p.leader }) : null,
    ].filter((x): x is string => !!x);
    return provenanced(lang, [h('strong', {}, p.name), h('div', { className: 'muted' }, bits.join(' · '))], p);
  });
  setChildren(
    container,
    panelFrame(
      lang,
      firm.name,
      handlers,
      ...[
        h('p', { className: 'kicker' }, t(lang, 'firmPanelTitle')),
        facts,
        section(t(lang, 'masterOfLabel'), masterOf),
        section(t(lang, 'producesLabel'), produces),
        section(t(lang, 'suppliersLabel'), suppliers),
        section(t(lang, 'customersLabel'), customers),
        section(t(lang, 'parentsLabel'), parents),
        section(t(lang, 'subsidiariesLabel'), subsidiaries),
        section(t(lang, 'projectsLabel'), projects),
        h(
          'section',
          { className: 'profile-section' },
          h('h3', {}, t(lang, 'sourcesLabel')),
          sourceNote(formatProvenance(lang, firm), isEstimate(firm.source)),
        ),
      ].filter((x): x is HTMLElement => x != null),
    ),
  );
}

/** A panel that is waiting for data or failed to get it. */
export function renderPanelMessage(
  container: Element,
  lang: Lang,
  title: string,
  message: string,
  handlers: Pick<PanelHandlers, 'onClose'>,
  isError = false,
): void {
  setChildren(
    container,
    panelFrame(
      lang,
      title,
      handlers,
      h('p', { className: isError ? 'error' : 'muted', role: isError ? 'alert' : 'status' }, message),
    ),
  );
}
