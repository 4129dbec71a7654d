import {
  getNamedType,
  getOperationAST,
  isInputObjectType,
  isListType,
  isNonNullType,
  typeFromAST,
  TypeInfo,
  ValidationContext,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type OperationDefinitionNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { BadUserInputError } from '../errors';

// PostgreSQL text cannot hold NUL: a string argument with one would fail its query. It is refused
// before the operation runs, whichever resolver and service the argument would reach.

/**
 * Where in a request's value the first string with NUL is: '' for the value
 * itself, else the input fields leading to it (`address.city`); undefined
 * when there is none. The path is built only once found.
 */
type NulCheck = (value: unknown) => string | undefined;

/** A variable that feeds a string argument, and the argument's name there (`input.email`). */
interface TextVariable {
  name: string;
  check: NulCheck;
  argumentName: string;
  /** The operation's default for it, used when the request leaves it out. */
  defaultValue: unknown;
}

/** What an operation's string arguments hold, worked out once per parsed document. */
interface TextArguments {
  /** The first argument written into the document with NUL in it. */
  inlineNul: string | undefined;
  variables: TextVariable[];
}

const isText = (type: GraphQLInputType | null | undefined) => {
  const name = type && getNamedType(type).name;
  return name === 'String' || name === 'ID';
};

const checkString: NulCheck = (value) => (typeof value === 'string' && value.includes('\u0000') ? '' : undefined);

// Each input type's check, made once; null for a type that holds no string.
const inputObjectChecks = new WeakMap<GraphQLInputObjectType, NulCheck | null>();

/** The check for values of the type, undefined when they cannot hold a string: plain functions, so a request runs none of graphql's type tests. */
function nulCheck(type: GraphQLInputType): NulCheck | undefined {
  if (isNonNullType(type)) return nulCheck(type.ofType);
  if (isListType(type)) {
    const item = nulCheck(type.ofType);
    // A lone value stands for a list of one.
    return item && ((value) => (Array.isArray(value) ? firstFound(value, item) : item(value)));
  }
  if (isText(type)) return checkString;
  if (!isInputObjectType(type)) return undefined;
  const known = inputObjectChecks.get(type);
  if (known !== undefined) return known ?? undefined;
  const fields: [name: string, check: NulCheck][] = [];
  const check: NulCheck = (value) => {
    if (typeof value !== 'object' || value === null) return undefined;
    for (const [name, fieldCheck] of fields) {
      const found = fieldCheck((value as Record<string, unknown>)[name]);
      if (found !== undefined) return found === '' ? name : `${name}.${found}`;
    }
    return undefined;
  };
  // Known before its fields are, so an input type that holds itself ends the recursion.
  inputObjectChecks.set(type, check);
  for (const field of Object.values(type.getFields())) {
    const fieldCheck = nulCheck(field.type);
    if (fieldCheck) fields.push([field.name, fieldCheck]);
  }
  if (fields.length > 0) return check;
  inputObjectChecks.set(type, null);
  return undefined;
}

function firstFound(items: unknown[], check: NulCheck): string | undefined {
  for (const item of items) {
    const found = check(item);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The operation's string arguments, in it and in the fragments it spreads. */
function textArgumentsOf(args: ExecutionArgs, operation: OperationDefinitionNode): TextArguments {
  const { schema, document } = args;
  const typeInfo = new TypeInfo(schema);
  const fragments = new ValidationContext(schema, document, typeInfo, () => {}).getRecursivelyReferencedFragments(operation);
  const defaults = new Map<string, unknown>();
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type);
    if (definition.defaultValue && type)
      defaults.set(definition.variable.name.value, valueFromAST(definition.defaultValue, type as GraphQLInputType));
  }
  const found: TextArguments = { inlineNul: undefined, variables: [] };
  // The argument and input fields around the value being visited.
  const names: string[] = [];
  const enterName = { enter: (node: { name: { value: string } }) => void names.push(node.name.value), leave: () => void names.pop() };
  const visitor = visitWithTypeInfo(typeInfo, {
    // Defaults count where their variables are used.
    VariableDefinition: () => false,
    Argument: enterName,
    ObjectField: enterName,
    StringValue(node) {
      if (isText(typeInfo.getInputType()) && node.value.includes('\u0000')) found.inlineNul ??= names.join('.');
    },
    Variable(node) {
      const type = typeInfo.getInputType();
      const check = type && nulCheck(type);
      if (!check) return;
      const name = node.name.value;
      found.variables.push({ name, check, argumentName: names.join('.'), defaultValue: defaults.get(name) });
    },
  });
  for (const definition of [operation, ...fragments]) visit(definition, visitor);
  return found;
}

/**
 * Refuses, before it runs, any operation (query, mutation or subscription;
 * over HTTP, SSE or graphql-ws) that passes NUL in a String or ID argument,
 * at any depth of input objects and lists, written inline or through
 * variables: BAD_USER_INPUT with `extensions.argumentName` (`input.email`).
 * Where an operation's string arguments are is worked out once per parsed
 * document, so a request pays only for scanning the variables that feed them.
 */
export function useNulFreeArguments(): Plugin {
  const plans = new WeakMap<OperationDefinitionNode, TextArguments>();

  function nulArgument(args: ExecutionArgs): string | undefined {
    const operation = getOperationAST(args.document, args.operationName);
    if (!operation) return undefined;
    let plan = plans.get(operation);
    if (!plan) {
      plan = textArgumentsOf(args, operation);
      plans.set(operation, plan);
    }
    if (plan.inlineNul) return plan.inlineNul;
    const variables = args.variableValues ?? {};
    for (const { name, check, argumentName, defaultValue } of plan.variables) {
      const found = check(Object.hasOwn(variables, name) ? variables[name] : defaultValue);
      if (found !== undefined) return found === '' ? argumentName : `${argumentName}.${found}`;
    }
    return undefined;
  }

  function refusal(args: ExecutionArgs): ExecutionResult | undefined {
    const argumentName = nulArgument(args);
    if (argumentName === undefined) return undefined;
    return { errors: [new BadUserInputError(`${argumentName} must not contain NUL characters.`, { argumentName })] };
  }

  return {
    onExecute({ args, setResultAndStopExecution }) {
      const refused = refusal(args);
      if (refused) setResultAndStopExecution(refused);
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const refused = refusal(args);
      if (refused) setResultAndStopExecution(refused);
    },
  };
}
