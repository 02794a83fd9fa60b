import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { API_RESOLVERS } from './api.module';

/** apps/api/schema.graphql, whether running from src (tests) or dist (CLI). */
export const SCHEMA_FILE = resolve(__dirname, '..', '..', 'schema.graphql');

export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

/** Builds the schema from the resolver classes alone: no database, no Redis. */
export async function buildSchemaText(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  try {
    await app.init();
    const schema = await app.get(GraphQLSchemaFactory).create(API_RESOLVERS);
    return printSortedSchema(schema);
  } finally {
    await app.close();
  }
}

export function readSchemaFile(): string {
  return readFileSync(SCHEMA_FILE, 'utf8');
}
