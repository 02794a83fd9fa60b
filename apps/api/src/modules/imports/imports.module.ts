import { DynamicModule, Module } from '@nestjs/common';

/** The API gets the upload endpoint and resolver; the worker gets the processor. */
@Module({})
export class ImportsModule {
  static forApi(): DynamicModule {
    return { module: ImportsModule };
  }

  static forWorker(): DynamicModule {
    return { module: ImportsModule };
  }
}
