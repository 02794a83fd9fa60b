/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Queue a round trip through the background worker and record what it saw. */
  requestWorkerCheck: WorkerCheck;
};


export type MutationRequestWorkerCheckArgs = {
  input: RequestWorkerCheckInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  systemStatus: SystemStatus;
  workerCheck: WorkerCheck;
  workerChecks: WorkerCheckConnection;
};


export type QueryWorkerCheckArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWorkerChecksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

export type QueueHealth = {
  __typename?: 'QueueHealth';
  active: Scalars['Int']['output'];
  delayed: Scalars['Int']['output'];
  failed: Scalars['Int']['output'];
  waiting: Scalars['Int']['output'];
  /** Worker processes currently connected to the queue. */
  workers: Scalars['Int']['output'];
};

export type RequestWorkerCheckInput = {
  /** Optional note shown beside the check, at most 200 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
};

export type ServiceHealth = {
  __typename?: 'ServiceHealth';
  latencyMs?: Maybe<Scalars['Float']['output']>;
  ok: Scalars['Boolean']['output'];
};

export type SystemStatus = {
  __typename?: 'SystemStatus';
  database: ServiceHealth;
  environment: Scalars['String']['output'];
  queue: QueueHealth;
  redis: ServiceHealth;
  version: Scalars['String']['output'];
};

/** One round trip through the background worker: requested by the API, processed by the worker. */
export type WorkerCheck = {
  __typename?: 'WorkerCheck';
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** PostgreSQL version the worker saw. */
  databaseVersion?: Maybe<Scalars['String']['output']>;
  error?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  requestedAt: Scalars['DateTime']['output'];
  /** Milliseconds from request to completion. */
  roundTripMs?: Maybe<Scalars['Int']['output']>;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: WorkerCheckStatus;
  /** Host name and pid of the worker that ran it. */
  workerHost?: Maybe<Scalars['String']['output']>;
};

export type WorkerCheckConnection = {
  __typename?: 'WorkerCheckConnection';
  edges: Array<WorkerCheckEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WorkerCheckEdge = {
  __typename?: 'WorkerCheckEdge';
  cursor: Scalars['String']['output'];
  node: WorkerCheck;
};

export type WorkerCheckStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

export type SystemStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type SystemStatusQuery = { __typename?: 'Query', systemStatus: { __typename?: 'SystemStatus', version: string, environment: string, database: { __typename?: 'ServiceHealth', ok: boolean, latencyMs?: number | null }, redis: { __typename?: 'ServiceHealth', ok: boolean, latencyMs?: number | null }, queue: { __typename?: 'QueueHealth', waiting: number, active: number, failed: number, delayed: number, workers: number } } };

export type WorkerCheckFieldsFragment = { __typename?: 'WorkerCheck', id: string, status: WorkerCheckStatus, note?: string | null, requestedAt: string, startedAt?: string | null, completedAt?: string | null, roundTripMs?: number | null, workerHost?: string | null, databaseVersion?: string | null, error?: string | null };

export type WorkerChecksQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WorkerChecksQuery = { __typename?: 'Query', workerChecks: { __typename?: 'WorkerCheckConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, edges: Array<{ __typename?: 'WorkerCheckEdge', node: { __typename?: 'WorkerCheck', id: string, status: WorkerCheckStatus, note?: string | null, requestedAt: string, startedAt?: string | null, completedAt?: string | null, roundTripMs?: number | null, workerHost?: string | null, databaseVersion?: string | null, error?: string | null } }> } };

export type RequestWorkerCheckMutationVariables = Exact<{
  input: RequestWorkerCheckInput;
}>;


export type RequestWorkerCheckMutation = { __typename?: 'Mutation', requestWorkerCheck: { __typename?: 'WorkerCheck', id: string, status: WorkerCheckStatus, note?: string | null, requestedAt: string, startedAt?: string | null, completedAt?: string | null, roundTripMs?: number | null, workerHost?: string | null, databaseVersion?: string | null, error?: string | null } };

export const WorkerCheckFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkerCheckFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkerCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"roundTripMs"}},{"kind":"Field","name":{"kind":"Name","value":"workerHost"}},{"kind":"Field","name":{"kind":"Name","value":"databaseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]} as unknown as DocumentNode<WorkerCheckFieldsFragment, unknown>;
export const SystemStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SystemStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"systemStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"database"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"redis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"delayed"}},{"kind":"Field","name":{"kind":"Name","value":"workers"}}]}}]}}]}}]} as unknown as DocumentNode<SystemStatusQuery, SystemStatusQueryVariables>;
export const WorkerChecksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkerChecks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workerChecks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkerCheckFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkerCheckFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkerCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"roundTripMs"}},{"kind":"Field","name":{"kind":"Name","value":"workerHost"}},{"kind":"Field","name":{"kind":"Name","value":"databaseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]} as unknown as DocumentNode<WorkerChecksQuery, WorkerChecksQueryVariables>;
export const RequestWorkerCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestWorkerCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestWorkerCheckInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestWorkerCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkerCheckFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkerCheckFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkerCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"roundTripMs"}},{"kind":"Field","name":{"kind":"Name","value":"workerHost"}},{"kind":"Field","name":{"kind":"Name","value":"databaseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]} as unknown as DocumentNode<RequestWorkerCheckMutation, RequestWorkerCheckMutationVariables>;