import { Module } from '@nestjs/common';
import { CoverageRepository } from './coverage.repository';
import { CoverageResolver } from './coverage.resolver';
import { CoverageService } from './coverage.service';

@Module({
  providers: [CoverageRepository, CoverageService, CoverageResolver],
  exports: [CoverageService],
})
export class CoverageModule {}
