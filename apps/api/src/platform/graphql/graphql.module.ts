import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Logger, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { AppConfig } from '../config';
import { createErrorFormatter } from './error-formatter';
import { queryLimitsPlugin } from './query-limits.plugin';

export interface GraphQLContext {
  req: Request;
  res: Response;
}

/** Apollo driver, code-first, schema sorted; limits, error mapping and CSRF prevention on. */
@Module({})
export class ApiGraphQLModule {
  static forRoot(): DynamicModule {
    return {
      module: ApiGraphQLModule,
      imports: [
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [AppConfig],
          useFactory: (config: AppConfig): ApolloDriverConfig => {
            const logger = new Logger('GraphQL');
            return {
              path: '/graphql',
              autoSchemaFile: true,
              sortSchema: true,
              playground: false,
              introspection: !config.isProduction,
              includeStacktraceInErrorResponses: false,
              csrfPrevention: true,
              fieldResolverEnhancers: ['guards'],
              formatError: createErrorFormatter({
                error: (object, message) => logger.error(object, message),
              }),
              plugins: [
                ApolloServerPluginLandingPageDisabled(),
                // No HTTP caching of GraphQL answers here (they are per person), and the
                // default cache-control plugin hooks every field resolution: measurably slower.
                ApolloServerPluginCacheControlDisabled(),
                queryLimitsPlugin({
                  maxDepth: config.graphqlMaxDepth,
                  maxComplexity: config.graphqlMaxComplexity,
                }),
              ],
              context: ({ req, res }: GraphQLContext): GraphQLContext => ({ req, res }),
            };
          },
        }),
      ],
    };
  }
}
