import {
  Kind,
  Lexer,
  Source,
  TokenKind,
  getNamedType,
  getNullableType,
  isListType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  isObjectType,
  isInterfaceType,
} from 'graphql';
import type { GraphQLLimits } from '../config/config.js';
import { ErrorCode, lianpuError } from '../graphql/errors.js';

/** The limit a request went over, with both numbers, for the error and its message. */
export interface LimitViolation {
  limit: 'queryChars' | 'tokens' | 'depth' | 'aliases' | 'rootFields' | 'directives' | 'cost';
  max: number;
  /** What the request has; for `cost` and `depth`, at least this (counting stops past the limit). */
  actual: number;
}

const LABELS: Record<LimitViolation['limit'], { zh: string; en: string }> = {
  queryChars: { zh: '查询文本长度', en: 'query length (characters)' },
  tokens: { zh: '查询词法单元数', en: 'query tokens' },
  depth: { zh: '嵌套深度', en: 'nesting depth' },
  aliases: { zh: '别名数', en: 'aliases' },
  rootFields: { zh: '顶层字段数', en: 'top-level fields' },
  directives: { zh: '指令数', en: 'directives' },
  cost: { zh: '估算开销', en: 'estimated cost' },
};

/** QUERY_TOO_COMPLEX, HTTP 400, naming the limit and both numbers, Chinese first. */
export function queryTooComplex(violation: LimitViolation) {
  const { zh, en } = LABELS[violation.limit];
  return lianpuError(
    ErrorCode.QUERY_TOO_COMPLEX,
    `查询过于复杂：${zh} ${violation.actual} 超过上限 ${violation.max} ` +
      `(query too complex: ${en} ${violation.actual} exceeds the limit of ${violation.max})`,
    { limit: violation.limit, max: violation.max, actual: violation.actual, http: { status: 400 } },
  );
}

export interface TextCheckOptions {
  /** The query text as sent. */
  query: string;
  /** The configured limits (only maxQueryChars and maxTokens are used here). */
  limits: Pick<GraphQLLimits, 'maxQueryChars' | 'maxTokens'>;
}

/**
 * Checks the raw text before anything parses it: length, then tokens. The lexer stops
 * one token past the limit, so a huge query costs no more than a just-allowed one.
 * A lexing error is left for the parser to report in its usual way.
 */
export function checkQueryText(options: TextCheckOptions): LimitViolation | null {
  const { query, limits } = options;
  if (query.length > limits.maxQueryChars) {
    return { limit: 'queryChars', max: limits.maxQueryChars, actual: query.length };
  }
  const lexer = new Lexer(new Source(query));
  let tokens = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      tokens++;
      if (tokens > limits.maxTokens) return { limit: 'tokens', max: limits.maxTokens, actual: tokens };
    }
  } catch {
    return null;
  }
  return null;
}

export interface OperationCheckOptions {
  schema: GraphQLSchema;
  /** The parsed, validated document (fragment cycles already refused by validation). */
  document: DocumentNode;
  /** The operation that will run. */
  operation: OperationDefinitionNode;
  /** The request's variables; a `first: $n` is priced at its value, or at maxPageSize when absent. */
  variables: Record<string, unknown> | undefined;
  /** The configured limits. */
  limits: GraphQLLimits;
  /** Largest `first` any list accepts: a page costs at most this many items. */
  maxPageSize: number;
}

/** Thrown inside the walk to stop it as soon as a limit is passed. */
class Stop {
  constructor(readonly violation: LimitViolation) {}
}

/**
 * Measures one operation against the limits and returns the first one it goes over.
 * Fragments are looked through (a fragment cannot hide depth or cost), and the walk stops
 * at the first limit passed, so nested fragment spreads cannot make it exponential.
 * Introspection (`__schema`, `__type`, `__typename`) is neither deep-limited nor priced:
 * its size is the schema's, and graphql-js's MaxIntrospectionDepthRule already refuses
 * the nested `fields { type { fields ... } }` pattern.
 */
export function checkOperation(options: OperationCheckOptions): LimitViolation | null {
  const { schema, document, operation, variables, limits, maxPageSize } = options;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) return null;

  let aliases = 0;
  let directives = operation.directives?.length ?? 0;
  let cost = 0;
  let rootFields = 0;
  // Fields visited; a backstop so even a walk of zero-cost fields (first: 0) stays bounded.
  let visits = 0;
  const maxVisits = limits.maxCost * 4 + 1000;

  const pageSize = (
    args: readonly { name: { value: string }; value: ValueNode }[],
    field: GraphQLField<unknown, unknown>,
  ) => {
    const given = args.find((a) => a.name.value === 'first');
    let value: unknown;
    if (given) {
      value =
        given.value.kind === Kind.VARIABLE
          ? (variables?.[given.value.name.value] ?? maxPageSize)
          : given.value.kind === Kind.INT
            ? Number(given.value.value)
            : maxPageSize;
    } else {
      const declared = field.args.find((a) => a.name === 'first');
      value = declared ? (declared.defaultValue ?? maxPageSize) : limits.assumedListSize;
    }
    const n = typeof value === 'number' && Number.isFinite(value) ? value : maxPageSize;
    return Math.max(0, Math.min(n, maxPageSize));
  };

  const walk = (set: SelectionSetNode, type: GraphQLNamedType, depth: number, multiplier: number, atRoot: boolean) => {
    for (const selection of set.selections) {
      directives += selection.directives?.length ?? 0;
      if (directives > limits.maxDirectives) {
        throw new Stop({ limit: 'directives', max: limits.maxDirectives, actual: directives });
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (!fragment) continue;
        directives += fragment.directives?.length ?? 0;
        const on = schema.getType(fragment.typeCondition.name.value) ?? type;
        walk(fragment.selectionSet, on, depth, multiplier, atRoot);
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) ?? type) : type;
        walk(selection.selectionSet, on, depth, multiplier, atRoot);
        continue;
      }
      const name = selection.name.value;
      if (selection.alias) {
        aliases++;
        if (aliases > limits.maxAliases) throw new Stop({ limit: 'aliases', max: limits.maxAliases, actual: aliases });
      }
      if (atRoot) {
        rootFields++;
        if (rootFields > limits.maxRootFields) {
          throw new Stop({ limit: 'rootFields', max: limits.maxRootFields, actual: rootFields });
        }
      }
      if (name.startsWith('__')) continue;
      if (++visits > maxVisits)
        throw new Stop({ limit: 'cost', max: limits.maxCost, actual: Math.max(cost, limits.maxCost + 1) });
      if (depth > limits.maxDepth) throw new Stop({ limit: 'depth', max: limits.maxDepth, actual: depth });
      cost += multiplier;
      if (cost > limits.maxCost) throw new Stop({ limit: 'cost', max: limits.maxCost, actual: cost });
      if (!selection.selectionSet) continue;
      const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
      if (!field) continue;
      const list = isListType(getNullableType(field.type));
      const inner = list ? multiplier * pageSize(selection.arguments ?? [], field) : multiplier;
      walk(selection.selectionSet, getNamedType(field.type), depth + 1, inner, false);
    }
  };

  try {
    walk(operation.selectionSet, root, 1, 1, true);
  } catch (error) {
    if (error instanceof Stop) return error.violation;
    throw error;
  }
  return null;
}
