/**
 * The signed-in layer of the map page (issue 5): the account control in the top bar, the
 * sign-in dialog (also opened when the server says reads need a login), and the edit
 * buttons of the firm and link panels, which open the forms of this folder. It owns its
 * requests; `app.ts` hands it a small host and calls it at fixed points.
 */
import type { GraphQLClient } from '../api';
import { h, setChildren } from '../dom';
import { displayName } from '../elements';
import { enumLabel, type Lang, t } from '../i18n';
import { LINK_PROJECTS } from '../leader-api';
import type { EnterpriseDetail } from '../types';
import { accountLines, canEdit, loginErrorMessage } from './account';
import { enterpriseForm } from './enterprise-form';
import { followUpForm, type FollowUpFormOptions } from './followup-form';
import type { FormDefinition } from './form-spec';
import { openFormDialog } from './form-view';
import { type Account, type ChangeRef, LOGIN, LOGOUT, ME } from './forms-api';
import { productionForm } from './production-form';
import { projectForm, type ProjectRow } from './project-form';
import { problemText } from './validate';

export interface EditingHost {
  lang(): Lang;
  /** The region of the view (null = national) and its name, to prefill a new project. */
  region(): { code: string; name: string } | null;
  /** Load again what the page shows (after signing in or out: reads and buttons change). */
  reload(): void;
  /** After a saved edit: the map, its gap analysis and the panels read again. */
  refresh(): void;
  openFirm(id: string): void;
}

export interface Editing {
  /** Ask the server who is signed in (the answer is null when nobody is, even with closed reads). */
  init(): Promise<void>;
  /** Draw the account control (again after a language switch). */
  renderAccount(): void;
  /** Open the sign-in dialog; `required`: reads need a login (says so, cannot be skipped silently). */
  askSignIn(required?: boolean): void;
  /** Add the edit buttons to a drawn firm panel (nothing for viewers and anonymous visitors). */
  decorateFirmPanel(container: Element, firm: EnterpriseDetail): void;
  /** The link panel's edit section (new project; edit its projects in the region), or nothing. */
  linkActions(link: { id: string; name: string; nameEn?: string | null }): Promise<HTMLElement[]>;
  /** Someone is signed in. */
  signedIn(): boolean;
  /** The account gets edit controls (the server still checks region and chain). */
  canEdit(): boolean;
  /** The project form (with its move control) from another view; `onSaved` after the server accepted. */
  editProject(project: ProjectRow, onSaved: () => void): void;
  /** The follow-up form for a target firm (forms/followup-form.ts). */
  logFollowUp(target: Omit<FollowUpFormOptions, 'now'>, onSaved: () => void): void;
}

export function createEditing(options: { api: GraphQLClient; host: EditingHost }): Editing {
  const { api, host } = options;
  const s = { account: null as Account | null, loaded: false, signInOpen: false };
  const lang = () => host.lang();

  async function init(): Promise<void> {
    try {
      s.account = (await api.request(ME, {})).me;
    } catch {
      // Without an answer the page is read as anonymous; a failed read says the rest.
      s.account = null;
    }
    s.loaded = true;
    renderAccount();
  }

  function renderAccount(): void {
    const root = document.getElementById('account');
    if (!root) return;
    const l = lang();
    if (!s.loaded) {
      root.replaceChildren();
      return;
    }
    const account = s.account;
    if (account === null) {
      setChildren(
        root,
        h(
          'button',
          { type: 'button', id: 'sign-in', className: 'account-button', onclick: () => askSignIn() },
          t(l, 'signIn'),
        ),
      );
      return;
    }
    const [first, ...rest] = accountLines(l, account);
    setChildren(
      root,
      h(
        'div',
        { className: 'account-who', id: 'account-who', title: rest.join('\n') },
        h('span', { className: 'account-name' }, t(l, 'signedInAs', { name: first ?? '' })),
        rest.map((line) => h('span', { className: 'account-scope' }, line)),
      ),
      canEdit(account)
        ? h(
            'button',
            {
              type: 'button',
              id: 'new-firm',
              className: 'account-button',
              onclick: () => openForm(enterpriseForm({ mode: 'create' })),
            },
            t(l, 'newFirm'),
          )
        : null,
      h(
        'button',
        { type: 'button', id: 'sign-out', className: 'account-button', onclick: () => void signOut() },
        t(l, 'signOut'),
      ),
    );
  }

  async function signOut(): Promise<void> {
    try {
      await api.request(LOGOUT, {});
    } catch {
      // The cookie may already be gone; the page is shown as anonymous either way.
    }
    s.account = null;
    renderAccount();
    host.reload();
  }

  function askSignIn(required = false): void {
    if (s.signInOpen) return;
    s.signInOpen = true;
    const l = lang();
    const message = h('p', { className: 'form-error', id: 'sign-in-error', role: 'alert', hidden: true });
    const username = h('input', {
      id: 'sign-in-username',
      name: 'username',
      type: 'text',
      autocomplete: 'username',
      required: true,
    });
    const password = h('input', {
      id: 'sign-in-password',
      name: 'password',
      type: 'password',
      autocomplete: 'current-password',
      required: true,
    });
    const submit = h('button', { type: 'submit', className: 'action primary', id: 'sign-in-submit' }, t(l, 'signIn'));
    const form = h(
      'form',
      { className: 'edit-form sign-in-form', novalidate: true },
      h('h2', { id: 'sign-in-title' }, t(l, 'signInTitle')),
      required ? h('p', { className: 'muted' }, t(l, 'signInNeeded')) : null,
      message,
      h('div', { className: 'form-field' }, h('label', { for: 'sign-in-username' }, t(l, 'usernameLabel')), username),
      h('div', { className: 'form-field' }, h('label', { for: 'sign-in-password' }, t(l, 'passwordLabel')), password),
      h(
        'div',
        { className: 'form-actions' },
        h('button', { type: 'button', className: 'action', onclick: () => dialog.close() }, t(l, 'formCancel')),
        submit,
      ),
    );
    const dialog = h(
      'dialog',
      { className: 'edit-dialog sign-in-dialog', id: 'sign-in-dialog', 'aria-labelledby': 'sign-in-title' },
      form,
    );
    dialog.addEventListener('close', () => {
      s.signInOpen = false;
      dialog.remove();
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void (async () => {
        const problem = !username.value.trim() ? username : !password.value ? password : null;
        if (problem) {
          message.textContent = t(l, 'checkRequired');
          message.hidden = false;
          problem.focus();
          return;
        }
        submit.disabled = true;
        message.hidden = true;
        try {
          const { login } = await api.request(LOGIN, { username: username.value.trim(), password: password.value });
          s.account = login.user;
          s.loaded = true;
          dialog.close();
          renderAccount();
          host.reload();
        } catch (err) {
          // The username stays; the password is cleared (it was wrong or must be typed again).
          message.textContent = problemText(l, loginErrorMessage(err));
          message.hidden = false;
          password.value = '';
          password.focus();
        } finally {
          submit.disabled = false;
        }
      })();
    });
    document.body.append(dialog);
    dialog.showModal();
    username.focus();
  }

  function openForm(definition: FormDefinition, after?: () => void): void {
    openFormDialog({
      lang: lang(),
      definition,
      api,
      onSaved: (change: ChangeRef) => {
        host.refresh();
        after?.();
        if (change.entityType === 'Enterprise' && definition.mode === 'create') host.openFirm(change.entityId);
      },
      onSignIn: () => {
        s.account = null;
        renderAccount();
        askSignIn();
      },
    });
  }

  function actionButton(id: string, label: string, onclick: () => void): HTMLElement {
    return h('button', { type: 'button', className: 'action', 'data-edit': id, onclick }, label);
  }

  function decorateFirmPanel(container: Element, firm: EnterpriseDetail): void {
    if (!canEdit(s.account)) return;
    const body = container.querySelector('.panel-body');
    if (!body) return;
    const l = lang();
    const ref = { id: firm.id, name: firm.name };
    const produces = firm.produces.map((p) =>
      actionButton(
        `production-${p.link?.id ?? ''}-${p.status}`,
        `${t(l, 'editProduction')}${t(l, 'colon')}${p.link ? displayName(l, p.link) : ''} ${enumLabel(l, p.status)}`,
        () => openForm(productionForm({ firm: ref, mode: 'edit', row: p })),
      ),
    );
    const projects = firm.projects.map((p) =>
      actionButton(`project-${p.id}`, `${t(l, 'editProject')}${t(l, 'colon')}${p.name}`, () =>
        openForm(projectForm({ mode: 'edit', project: { ...p, enterprise: ref } as ProjectRow, now: Date.now() })),
      ),
    );
    body.prepend(
      h(
        'section',
        { className: 'profile-section edit-actions', id: 'firm-edit-actions' },
        h('h3', {}, t(l, 'editSection')),
        h(
          'div',
          { className: 'panel-actions' },
          actionButton('firm', t(l, 'editFirm'), () => openForm(enterpriseForm({ mode: 'edit', firm }))),
          actionButton('add-production', t(l, 'addProduction'), () =>
            openForm(productionForm({ firm: ref, mode: 'create' })),
          ),
          actionButton('new-project', t(l, 'newProject'), () =>
            openForm(projectForm({ mode: 'create', enterprise: ref, region: firm.region ?? null, now: Date.now() })),
          ),
          produces,
          projects,
        ),
      ),
    );
  }

  async function linkActions(link: { id: string; name: string; nameEn?: string | null }): Promise<HTMLElement[]> {
    if (!canEdit(s.account)) return [];
    const l = lang();
    const region = host.region();
    const ref = { id: link.id, name: link.name };
    let projects: ProjectRow[] = [];
    try {
      projects = ((await api.request(LINK_PROJECTS, { id: link.id, region: region?.code ?? null })).link?.projects ??
        []) as ProjectRow[];
    } catch {
      // The new-project button still works; the projects' edit buttons are left out.
    }
    return [
      h(
        'section',
        { className: 'profile-section edit-actions', id: 'link-edit-actions' },
        h('h3', {}, t(l, 'editSection')),
        h(
          'div',
          { className: 'panel-actions' },
          actionButton('new-project', t(l, 'newProject'), () =>
            openForm(projectForm({ mode: 'create', link: ref, region, now: Date.now() })),
          ),
          projects.map((p) =>
            actionButton(`project-${p.id}`, `${t(l, 'editProject')}${t(l, 'colon')}${p.name}`, () =>
              openForm(projectForm({ mode: 'edit', project: p, link: ref, now: Date.now() })),
            ),
          ),
        ),
      ),
    ];
  }

  return {
    init,
    renderAccount,
    askSignIn,
    decorateFirmPanel,
    linkActions,
    signedIn: () => s.account !== null,
    canEdit: () => canEdit(s.account),
    editProject: (project, onSaved) => openForm(projectForm({ mode: 'edit', project, now: Date.now() }), onSaved),
    logFollowUp: (target, onSaved) => openForm(followUpForm({ ...target, now: Date.now() }), onSaved),
  };
}
