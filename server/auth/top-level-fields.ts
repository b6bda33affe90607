import type { DocumentNode, OperationDefinitionNode, SelectionSetNode } from 'graphql';

/**
 * The names of the fields an operation asks for at its root, once per selection (aliases
 * repeat a name, so `a: updateUser b: updateUser` counts as two writes), looking through
 * fragment spreads and inline fragments, so `{ ...F } fragment F on Query { users { id } }`
 * cannot hide a field from the access check. @skip/@include are ignored: a skipped field
 * still counts, which can only make the check stricter.
 */
export function topLevelFields(options: { operation: OperationDefinitionNode; document: DocumentNode }): string[] {
  const fragments = new Map(
    options.document.definitions.flatMap((d) => (d.kind === 'FragmentDefinition' ? [[d.name.value, d] as const] : [])),
  );
  const names: string[] = [];
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === 'Field') names.push(selection.name.value);
      else if (selection.kind === 'InlineFragment') walk(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  walk(options.operation.selectionSet);
  return names;
}
