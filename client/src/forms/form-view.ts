/**
 * Draws a `FormDefinition` as a modal dialog: a labelled control per field with its hint
 * and an inline message (`aria-invalid`, `aria-describedby`), pickers built on the search
 * box, and the send: client checks first (nothing is sent while a field is wrong), then
 * the mutation, whose refusal is shown at the field it names with the input kept.
 * The dialog's `data-state` (`editing`, `invalid`, `saving`, `refused`, `unchanged`) is a
 * stable signal for tests.
 */
import type { GraphQLClient } from '../api';
import { h } from '../dom';
import { type Lang, t } from '../i18n';
import { SEARCH_REGIONS } from '../leader-api';
import { createSearchBox, defaults as searchDefaults, globalSearchItems, regionSearchItems } from '../search-box';
import type { FieldSpec, FormDefinition, FormValues } from './form-spec';
import { pickerValue } from './form-spec';
import { type ChangeRef, MUTATIONS, SEARCH_FIRMS, SEARCH_LINK_PICKS } from './forms-api';
import { mapServerError } from './server-errors';
import { type FieldProblem, type Problems, problemText } from './validate';

export interface FormViewOptions {
  lang: Lang;
  definition: FormDefinition;
  api: GraphQLClient;
  /** Saved: the audit record (the dialog is closed first). */
  onSaved(change: ChangeRef): void;
  /** The session ended while the form was open: ask for a sign-in (the form stays open). */
  onSignIn(): void;
}

interface Control {
  spec: FieldSpec;
  read(): string;
  /** The element that gets focus and `aria-invalid`. */
  focusable: HTMLElement;
  error: HTMLElement;
}

const PLACEHOLDERS = {
  firm: 'searchFirmPlaceholder',
  link: 'searchLinkPlaceholder',
  region: 'searchRegionPlaceholder',
} as const;

export function openFormDialog(options: FormViewOptions): HTMLDialogElement {
  const { lang, definition, api } = options;
  const prefix = `form-${definition.kind}`;
  const formError = h('p', { className: 'form-error', id: `${prefix}-error`, role: 'alert', hidden: true });
  const status = h('p', { className: 'form-status', role: 'status' });
  const controls: Control[] = definition.fields.map((spec) => buildControl({ spec, options, prefix }));
  const save = h('button', { type: 'submit', className: 'action primary', id: `${prefix}-save` }, t(lang, 'formSave'));
  const cancel = h(
    'button',
    { type: 'button', className: 'action', onclick: () => dialog.close() },
    t(lang, 'formCancel'),
  );
  const titleId = `${prefix}-title`;
  const form = h(
    'form',
    { className: 'edit-form', novalidate: true, 'data-kind': definition.kind, 'data-mode': definition.mode },
    h('h2', { id: titleId }, t(lang, definition.title.key, definition.title.params)),
    definition.subtitle
      ? h('p', { className: 'muted form-subtitle' }, t(lang, definition.subtitle.key, definition.subtitle.params))
      : null,
    formError,
    h(
      'div',
      { className: 'form-grid' },
      controls.map((c) => c.focusable.closest('.form-field') ?? c.focusable),
    ),
    status,
    h('div', { className: 'form-actions' }, cancel, save),
  );
  const dialog = h('dialog', { className: 'edit-dialog', id: `${prefix}-dialog`, 'aria-labelledby': titleId }, form);
  dialog.dataset['state'] = 'editing';
  dialog.addEventListener('close', () => dialog.remove());

  const show = (problems: Problems, formProblem: FieldProblem | null) => {
    for (const c of controls) {
      const problem = problems[c.spec.name];
      c.error.textContent = problem ? problemText(lang, problem) : '';
      c.error.hidden = !problem;
      if (problem) c.focusable.setAttribute('aria-invalid', 'true');
      else c.focusable.removeAttribute('aria-invalid');
    }
    formError.textContent = formProblem ? problemText(lang, formProblem) : '';
    formError.hidden = !formProblem;
    const first = controls.find((c) => problems[c.spec.name]);
    (first?.focusable ?? (formProblem ? save : null))?.focus();
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void submit();
  });

  async function submit(): Promise<void> {
    if (dialog.dataset['state'] === 'saving') return;
    status.textContent = '';
    const values: FormValues = Object.fromEntries(controls.map((c) => [c.spec.name, c.read()]));
    const result = definition.submit(values);
    if ('problems' in result) {
      const n = Object.keys(result.problems).length;
      dialog.dataset['state'] = 'invalid';
      show(result.problems, { key: 'formHasErrors', params: { n } });
      return;
    }
    show({}, null);
    dialog.dataset['state'] = 'saving';
    save.disabled = true;
    status.textContent = t(lang, 'formSaving');
    try {
      const { result: change } = await api.request(MUTATIONS[result.request.mutation], result.request.variables);
      if (change === null) {
        dialog.dataset['state'] = 'unchanged';
        status.textContent = t(lang, 'formUnchanged');
        return;
      }
      dialog.close();
      options.onSaved(change);
    } catch (err) {
      const mapped = mapServerError({ error: err, form: definition });
      dialog.dataset['state'] = 'refused';
      status.textContent = '';
      show(mapped.fields, mapped.form);
      if (mapped.signIn) options.onSignIn();
    } finally {
      save.disabled = false;
    }
  }

  document.body.append(dialog);
  dialog.showModal();
  controls.find((c) => !c.spec.readOnly)?.focusable.focus();
  return dialog;
}

function buildControl(o: { spec: FieldSpec; options: FormViewOptions; prefix: string }): Control {
  const { spec, prefix } = o;
  const { lang, definition, api } = o.options;
  const id = `${prefix}-${spec.name}`;
  const initial = definition.initial[spec.name] ?? '';
  const error = h('p', { className: 'field-error', id: `${id}-error`, hidden: true });
  const hint = spec.hint ? h('p', { className: 'field-hint', id: `${id}-hint` }, t(lang, spec.hint)) : null;
  const describedBy = [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(' ');
  const required =
    spec.required && !spec.readOnly ? h('span', { className: 'required' }, t(lang, 'formRequiredMark')) : null;
  const wrap = (...children: Array<Node | null>) =>
    h('div', { className: `form-field kind-${spec.kind}`, 'data-field': spec.name }, ...children, hint, error);
  const label = () => h('label', { for: id }, t(lang, spec.label), required);

  const picker = spec.kind === 'firm' || spec.kind === 'link' || spec.kind === 'region';
  if (picker && !spec.readOnly) {
    const root = h('div', { className: 'search-box picker' });
    const shownLabel = definition.labels[spec.name];
    let chosen = initial && shownLabel ? { id: initial, label: shownLabel } : null;
    const chosenLine = h('p', { className: 'picker-chosen', id: `${id}-chosen` });
    const showChosen = () => {
      const value = pickerValue(box.input.value, chosen);
      const item = chosen && value === chosen.id ? chosen : null;
      chosenLine.textContent = item ? t(lang, 'pickerChosen', { label: item.label, id: item.id }) : '';
    };
    const box = createSearchBox({
      root,
      idPrefix: id,
      labelKey: spec.label,
      placeholderKey: PLACEHOLDERS[spec.kind as keyof typeof PLACEHOLDERS],
      lang: () => lang,
      search: async (query) => {
        const first = searchDefaults.perKind;
        if (spec.kind === 'region') {
          return regionSearchItems((await api.request(SEARCH_REGIONS, { query, first: first * 2 })).searchRegions);
        }
        const empty = { searchChains: [], searchLinks: [], searchEnterprises: [] };
        const result =
          spec.kind === 'firm'
            ? { ...empty, ...(await api.request(SEARCH_FIRMS, { query, first })) }
            : { ...empty, ...(await api.request(SEARCH_LINK_PICKS, { query, first })) };
        return globalSearchItems({ lang, result });
      },
      onChoose: (item) => {
        chosen = { id: item.id, label: item.label };
        showChosen();
      },
      onError: (err) => {
        error.textContent = problemText(lang, {
          key: 'serverOther',
          params: { message: String((err as Error).message ?? err) },
        });
        error.hidden = false;
      },
    });
    box.input.value = chosen?.label ?? initial;
    box.input.setAttribute('aria-describedby', `${id}-chosen ${describedBy}`);
    box.input.title = t(lang, 'pickerHint');
    if (required) root.querySelector('label')?.append(required);
    box.input.addEventListener('input', showChosen);
    showChosen();
    wrap(root, chosenLine);
    return {
      spec,
      read: () => pickerValue(box.input.value, chosen),
      focusable: box.input,
      error,
    };
  }

  if (spec.kind === 'tags') {
    const chosen = new Set(initial.split('|').filter(Boolean));
    const boxes = (spec.options ?? []).map((opt) =>
      h(
        'label',
        { className: 'tag-option' },
        h('input', { type: 'checkbox', value: opt.value, checked: chosen.has(opt.value) }),
        opt.label(lang),
      ),
    );
    const fieldset = h(
      'fieldset',
      { className: 'tag-options', id, 'aria-describedby': describedBy },
      h('legend', {}, t(lang, spec.label)),
      boxes,
    );
    wrap(fieldset);
    return {
      spec,
      read: () =>
        [...fieldset.querySelectorAll<HTMLInputElement>('input[type=checkbox]')]
          .filter((b) => b.checked)
          .map((b) => b.value)
          .join('|'),
      focusable: fieldset,
      error,
    };
  }

  let control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  if (spec.kind === 'select') {
    control = h(
      'select',
      { id, name: spec.name, disabled: spec.readOnly === true },
      // A select whose options name their own empty choice (the move's "no move") gets no generic one.
      spec.required || spec.options?.some((o) => o.value === '')
        ? null
        : h('option', { value: '' }, t(lang, 'optionNone')),
      (spec.options ?? []).map((opt) => h('option', { value: opt.value }, opt.label(lang))),
    );
  } else if (spec.kind === 'textarea') {
    control = h('textarea', { id, name: spec.name, rows: 2 });
  } else {
    // Numbers and dates are typed as text and checked like a CSV cell: a browser number
    // input would hide what was typed ("12万") instead of letting us say what is wrong.
    const showLabel = picker ? definition.labels[spec.name] : undefined;
    control = h('input', {
      id,
      name: spec.name,
      type: 'text',
      inputmode: spec.kind === 'number' ? 'decimal' : null,
      readonly: spec.readOnly === true,
      autocomplete: 'off',
    });
    if (showLabel) control.title = showLabel;
  }
  control.value = initial;
  control.setAttribute('aria-describedby', describedBy);
  wrap(label(), control);
  return { spec, read: () => control.value, focusable: control, error };
}
