/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query SystemStatus {\n    systemStatus {\n      version\n      environment\n      database {\n        ok\n        latencyMs\n      }\n      redis {\n        ok\n        latencyMs\n      }\n      queue {\n        waiting\n        active\n        failed\n        delayed\n        workers\n      }\n    }\n  }\n": typeof types.SystemStatusDocument,
    "\n  fragment WorkerCheckFields on WorkerCheck {\n    id\n    status\n    note\n    requestedAt\n    startedAt\n    completedAt\n    roundTripMs\n    workerHost\n    databaseVersion\n    error\n  }\n": typeof types.WorkerCheckFieldsFragmentDoc,
    "\n  query WorkerChecks($first: Int!, $after: String) {\n    workerChecks(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...WorkerCheckFields\n        }\n      }\n    }\n  }\n": typeof types.WorkerChecksDocument,
    "\n  mutation RequestWorkerCheck($input: RequestWorkerCheckInput!) {\n    requestWorkerCheck(input: $input) {\n      ...WorkerCheckFields\n    }\n  }\n": typeof types.RequestWorkerCheckDocument,
};
const documents: Documents = {
    "\n  query SystemStatus {\n    systemStatus {\n      version\n      environment\n      database {\n        ok\n        latencyMs\n      }\n      redis {\n        ok\n        latencyMs\n      }\n      queue {\n        waiting\n        active\n        failed\n        delayed\n        workers\n      }\n    }\n  }\n": types.SystemStatusDocument,
    "\n  fragment WorkerCheckFields on WorkerCheck {\n    id\n    status\n    note\n    requestedAt\n    startedAt\n    completedAt\n    roundTripMs\n    workerHost\n    databaseVersion\n    error\n  }\n": types.WorkerCheckFieldsFragmentDoc,
    "\n  query WorkerChecks($first: Int!, $after: String) {\n    workerChecks(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...WorkerCheckFields\n        }\n      }\n    }\n  }\n": types.WorkerChecksDocument,
    "\n  mutation RequestWorkerCheck($input: RequestWorkerCheckInput!) {\n    requestWorkerCheck(input: $input) {\n      ...WorkerCheckFields\n    }\n  }\n": types.RequestWorkerCheckDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SystemStatus {\n    systemStatus {\n      version\n      environment\n      database {\n        ok\n        latencyMs\n      }\n      redis {\n        ok\n        latencyMs\n      }\n      queue {\n        waiting\n        active\n        failed\n        delayed\n        workers\n      }\n    }\n  }\n"): (typeof documents)["\n  query SystemStatus {\n    systemStatus {\n      version\n      environment\n      database {\n        ok\n        latencyMs\n      }\n      redis {\n        ok\n        latencyMs\n      }\n      queue {\n        waiting\n        active\n        failed\n        delayed\n        workers\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkerCheckFields on WorkerCheck {\n    id\n    status\n    note\n    requestedAt\n    startedAt\n    completedAt\n    roundTripMs\n    workerHost\n    databaseVersion\n    error\n  }\n"): (typeof documents)["\n  fragment WorkerCheckFields on WorkerCheck {\n    id\n    status\n    note\n    requestedAt\n    startedAt\n    completedAt\n    roundTripMs\n    workerHost\n    databaseVersion\n    error\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkerChecks($first: Int!, $after: String) {\n    workerChecks(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...WorkerCheckFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkerChecks($first: Int!, $after: String) {\n    workerChecks(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...WorkerCheckFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestWorkerCheck($input: RequestWorkerCheckInput!) {\n    requestWorkerCheck(input: $input) {\n      ...WorkerCheckFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestWorkerCheck($input: RequestWorkerCheckInput!) {\n    requestWorkerCheck(input: $input) {\n      ...WorkerCheckFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;