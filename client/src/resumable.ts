import {
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  Kind,
  type OperationDefinitionNode,
  print,
  type SelectionNode,
  type VariableDefinitionNode,
} from 'graphql';

/** A subscription document made resumable: its text, and where its events and its `after` cursor go. */
export interface ResumableOperation {
  query: string;
  /** The key of the root field in each result's data. */
  responseKey: string;
  /** The variable that carries `after`. */
  afterVariable: string;
}

const made = new WeakMap<DocumentNode, ResumableOperation>();

/**
 * The subscription with what resuming needs added where the app left it
 * out: `__typename` and `cursor` on every event, and `after` as a variable.
 * So an app's document never has to mention them.
 */
export function resumable(document: DocumentNode): ResumableOperation {
  let operation = made.get(document);
  if (!operation) {
    operation = makeResumable(document);
    made.set(document, operation);
  }
  return operation;
}

function makeResumable(document: DocumentNode): ResumableOperation {
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const [subscription] = operations;
  if (operations.length !== 1 || subscription?.operation !== 'subscription') {
    throw new TypeError('A realtime document holds one subscription operation.');
  }
  const [root] = subscription.selectionSet.selections;
  if (subscription.selectionSet.selections.length !== 1 || root?.kind !== Kind.FIELD || !root.selectionSet) {
    throw new TypeError('A realtime subscription selects one stream field, such as notifications { ... }, directly.');
  }

  const given = root.arguments?.find((argument) => argument.name.value === 'after');
  const afterVariable = given?.value.kind === Kind.VARIABLE ? given.value.name.value : unusedName(subscription, 'after');
  const variableDefinitions =
    given?.value.kind === Kind.VARIABLE
      ? subscription.variableDefinitions
      : [...(subscription.variableDefinitions ?? []), variable(afterVariable)];
  const resumableRoot: FieldNode = {
    ...root,
    arguments: [...(root.arguments ?? []).filter((argument) => argument !== given), afterArgument(given, afterVariable)],
    selectionSet: { ...root.selectionSet, selections: [...root.selectionSet.selections, ...RESUME_FIELDS] },
  };
  const resumableSubscription: OperationDefinitionNode = {
    ...subscription,
    variableDefinitions,
    selectionSet: { ...subscription.selectionSet, selections: [resumableRoot] },
  };
  const definitions = document.definitions.map((definition) => (definition === subscription ? resumableSubscription : definition));
  return { query: print({ ...document, definitions }), responseKey: (root.alias ?? root.name).value, afterVariable };
}

function afterArgument(given: ArgumentNode | undefined, name: string): ArgumentNode {
  if (given?.value.kind === Kind.VARIABLE) return given;
  return {
    kind: Kind.ARGUMENT,
    name: { kind: Kind.NAME, value: 'after' },
    value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: name } },
  };
}

function variable(name: string): VariableDefinitionNode {
  return {
    kind: Kind.VARIABLE_DEFINITION,
    variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: name } },
    type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'String' } },
  };
}

/** `after`, or `after_1`, ... when the app already uses that name for something else. */
function unusedName(operation: OperationDefinitionNode, name: string): string {
  const taken = new Set(operation.variableDefinitions?.map((definition) => definition.variable.name.value));
  let candidate = name;
  for (let n = 1; taken.has(candidate); n++) candidate = `${name}_${n}`;
  return candidate;
}

const field = (name: string): FieldNode => ({ kind: Kind.FIELD, name: { kind: Kind.NAME, value: name } });

/** `__typename ... on RealtimeEvent { cursor }`: GraphQL merges them with the app's own selections of the same fields. */
const RESUME_FIELDS: readonly SelectionNode[] = [
  field('__typename'),
  {
    kind: Kind.INLINE_FRAGMENT,
    typeCondition: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'RealtimeEvent' } },
    selectionSet: { kind: Kind.SELECTION_SET, selections: [field('cursor')] },
  },
];
