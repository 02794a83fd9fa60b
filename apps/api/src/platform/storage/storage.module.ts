import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config';
import { LocalDiskStorage } from './local-disk.storage';
import { Storage } from './storage';

/** File storage for every feature: inject `Storage`. Local disk under STORAGE_DIR for now. */
@Global()
@Module({
  providers: [
    {
      provide: Storage,
      inject: [AppConfig],
      useFactory: (config: AppConfig): Storage => new LocalDiskStorage(config.storageDir),
    },
  ],
  exports: [Storage],
})
export class StorageModule {}
