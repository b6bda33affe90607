/**
 * The server's refusal of an edit, put where the user will look: at the field it names
 * (`extensions.field`, every one of `extensions.problems`), at the field whose region or
 * chain is outside the account's scope (FORBIDDEN `reason`), or on the form. Pure; the
 * form keeps the user's input whatever the answer.
 */
import { ApiError, type GraphQLErrorJson } from '../api';
import type { FormDefinition } from './form-spec';
import type { FieldProblem, Problems } from './validate';

export interface MappedServerError {
  /** Field name → its message (only fields the form has). */
  fields: Problems;
  /** What belongs to no field (role, rate limit, a problem of a field the form does not show). */
  form: FieldProblem | null;
  /** The session is gone: the sign-in form should open. */
  signIn: boolean;
}

interface Extensions {
  code?: string;
  field?: string;
  problems?: Array<{ field?: string; message?: string }>;
  reason?: string;
  retryAfter?: number;
}

/** What the server says of a field, in its own format (`字段 capacity 有误 (invalid capacity): ...`). */
function fieldText(field: string, message: string): FieldProblem {
  return { key: 'serverField', params: { message: `字段 ${field} 有误 (invalid ${field}): ${message}` } };
}

export function mapServerError(options: {
  error: unknown;
  /** The form's fields and where its scope refusals go. */
  form: Pick<FormDefinition, 'fields' | 'serverFields'>;
}): MappedServerError {
  const { error, form } = options;
  const names = new Set(
    form.fields.filter((f) => !f.readOnly || f.name === form.serverFields.conflict).map((f) => f.name),
  );
  const all = new Set(form.fields.map((f) => f.name));
  const out: MappedServerError = { fields: {}, form: null, signIn: false };
  if (!(error instanceof ApiError)) {
    out.form = { key: 'serverOther', params: { message: error instanceof Error ? error.message : String(error) } };
    return out;
  }
  const first: GraphQLErrorJson | undefined = error.errors[0];
  const ext = (first?.extensions ?? {}) as Extensions;
  const message = first?.message ?? error.message;
  const at = (field: string | undefined, problem: FieldProblem) => {
    if (field !== undefined && all.has(field)) {
      if (out.fields[field] === undefined) out.fields[field] = problem;
    } else if (out.form === null) {
      out.form = problem;
    }
  };
  switch (error.code) {
    case 'BAD_USER_INPUT': {
      const problems = (ext.problems ?? []).filter((p) => typeof p.field === 'string');
      if (problems.length > 0) {
        for (const p of problems) at(p.field, fieldText(p.field!, p.message ?? ''));
      } else {
        at(ext.field, { key: 'serverField', params: { message } });
      }
      break;
    }
    case 'FORBIDDEN': {
      const field =
        ext.reason === 'region'
          ? form.serverFields.region
          : ext.reason === 'chain'
            ? form.serverFields.chain
            : undefined;
      at(field !== undefined && names.has(field) ? field : undefined, { key: 'serverForbidden', params: { message } });
      break;
    }
    case 'CONFLICT':
      at(form.serverFields.conflict, { key: 'serverConflict', params: { message } });
      break;
    case 'NOT_FOUND':
      out.form = { key: 'serverNotFound', params: { message } };
      break;
    case 'RATE_LIMITED':
      out.form = { key: 'serverRateLimited', params: { seconds: ext.retryAfter ?? 60 } };
      break;
    case 'UNAUTHENTICATED':
      out.form = { key: 'sessionEnded' };
      out.signIn = true;
      break;
    default:
      out.form = { key: 'serverOther', params: { message } };
  }
  return out;
}
