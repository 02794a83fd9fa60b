import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { byKeys, requestLoader } from '../../platform/graphql/request-loaders';
import type { FrameworkElementEntity } from '../frameworks/framework-element.entity';
import type { SiteEntity } from '../organisations/site.entity';
import type { PartnerEntity } from '../partners/partner.entity';
import type { ProgrammeEntity } from '../programmes/programme.entity';
import type { SessionAttendanceEntity, SessionFacilitatorEntity } from './session.entity';
import { groupBy, SessionsRepository } from './sessions.repository';

/**
 * The session list's relations, batched per request and bound to the caller's museum: a page
 * of 50 sessions costs one query per relation, not one per session.
 */
@Injectable()
export class SessionsLoaders {
  constructor(private readonly repository: SessionsRepository) {}

  programme(req: Request, organisationId: string) {
    return requestLoader<string, ProgrammeEntity | null>(
      req,
      `sessions.programme:${organisationId}`,
      async (ids) =>
        byKeys(ids, await this.repository.programmesByIds(organisationId, ids), (p) => p.id),
    );
  }

  site(req: Request, organisationId: string) {
    return requestLoader<string, SiteEntity | null>(
      req,
      `sessions.site:${organisationId}`,
      async (ids) =>
        byKeys(ids, await this.repository.sitesByIds(organisationId, ids), (s) => s.id),
    );
  }

  /** Partners of each session, by name. */
  partners(req: Request, organisationId: string) {
    return requestLoader<string, PartnerEntity[]>(
      req,
      `sessions.partners:${organisationId}`,
      async (sessionIds) => {
        const links = groupBy(
          await this.repository.partnersOf(organisationId, sessionIds),
          (link) => link.sessionId,
        );
        return sessionIds.map((id) =>
          (links.get(id) ?? []).flatMap((link) => (link.partner ? [link.partner] : [])),
        );
      },
    );
  }

  /** Facilitators of each session, with their accounts, in order. */
  facilitators(req: Request, organisationId: string) {
    return requestLoader<string, SessionFacilitatorEntity[]>(
      req,
      `sessions.facilitators:${organisationId}`,
      async (sessionIds) => {
        const rows = groupBy(
          await this.repository.facilitatorsOf(organisationId, sessionIds),
          (row) => row.sessionId,
        );
        return sessionIds.map((id) => rows.get(id) ?? []);
      },
    );
  }

  frameworkElements(req: Request, organisationId: string) {
    return requestLoader<string, FrameworkElementEntity[]>(
      req,
      `sessions.elements:${organisationId}`,
      async (sessionIds) => {
        const links = groupBy(
          await this.repository.elementsOf(organisationId, sessionIds),
          (link) => link.sessionId,
        );
        return sessionIds.map((id) =>
          (links.get(id) ?? []).flatMap((link) => (link.element ? [link.element] : [])),
        );
      },
    );
  }

  /** Attendance cells of each session, in grid order. */
  attendance(req: Request, organisationId: string) {
    return requestLoader<string, SessionAttendanceEntity[]>(
      req,
      `sessions.attendance:${organisationId}`,
      async (sessionIds) => {
        const cells = groupBy(
          await this.repository.attendanceOf(organisationId, sessionIds),
          (cell) => cell.sessionId,
        );
        return sessionIds.map((id) => cells.get(id) ?? []);
      },
    );
  }
}
