import { Module } from '@nestjs/common';
import { DeprivationRepository } from './deprivation.repository';
import { DeprivationService } from './deprivation.service';

@Module({
  providers: [DeprivationRepository, DeprivationService],
  exports: [DeprivationService],
})
export class DeprivationModule {}
