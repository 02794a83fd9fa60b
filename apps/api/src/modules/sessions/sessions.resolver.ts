import { attendanceTotals, PAGE_SIZE_DEFAULT } from '@lantern/domain';
import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { Request } from 'express';
import { RequirePermission } from '../../platform/auth/access.decorators';
import type { OrgActor } from '../../platform/auth/actor';
import { CurrentActor } from '../../platform/auth/current-actor.decorator';
import { BadUserInputError } from '../../platform/graphql/app-errors';
import { FrameworkElementModel } from '../frameworks/framework.model';
import { SiteModel } from '../organisations/organisation.model';
import { PartnerModel } from '../partners/partner.model';
import { ProgrammeModel } from '../programmes/programme.model';
import { UserModel } from '../users/user.model';
import { UsersLoaders } from '../users/users.loaders';
import {
  CreateSessionInput,
  DeleteSessionInput,
  LogSessionInput,
  SessionFilterInput,
  UpdateSessionInput,
} from './dto/session.inputs';
import {
  AttendanceCellModel,
  SessionConnectionModel,
  SessionDefaultsModel,
  SessionFacilitatorModel,
  SessionModel,
} from './session.model';
import { sessionCursor, sessionPosition } from './session-cursor';
import { SessionsLoaders } from './sessions.loaders';
import { SessionsService } from './sessions.service';

@Resolver(() => SessionModel)
export class SessionsResolver {
  constructor(
    private readonly service: SessionsService,
    private readonly loaders: SessionsLoaders,
    private readonly users: UsersLoaders,
  ) {}

  @RequirePermission('programmes.read')
  @Query(() => SessionConnectionModel, {
    description:
      'Sessions, newest first (then by start time), filtered; with totals for the filter.',
  })
  async sessions(
    @CurrentActor() actor: OrgActor,
    @Args('filter', { type: () => SessionFilterInput, nullable: true })
    filter: SessionFilterInput | null,
    @Args('first', { type: () => Int, defaultValue: PAGE_SIZE_DEFAULT }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<SessionConnectionModel> {
    const parsed = this.service.parseFilter({ ...filter });
    const position = after ? sessionPosition(after) : null;
    if (after && !position)
      throw BadUserInputError.field(['after'], 'is not a cursor from this list');
    const page = await this.service.list(actor, parsed, first, position);
    const edges = page.rows.map((row) => ({
      cursor: sessionCursor(row),
      node: SessionModel.fromEntity(row),
    }));
    return {
      edges,
      pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: page.hasNextPage },
      // Getters: the filter's totals are counted only when the query asks for them.
      get totalCount() {
        return page.totals().then((totals) => totals.count);
      },
      get totalAttendance() {
        return page.totals().then((totals) => totals.attendance);
      },
    };
  }

  @RequirePermission('programmes.read')
  @Query(() => SessionModel)
  async session(
    @CurrentActor() actor: OrgActor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<SessionModel> {
    return SessionModel.fromEntity(await this.service.get(actor, id));
  }

  @RequirePermission('sessions.write')
  @Query(() => SessionDefaultsModel, {
    description: 'What "Log a session" pre-fills for this programme and this user.',
  })
  async sessionDefaults(
    @CurrentActor() actor: OrgActor,
    @Args('programmeId', { type: () => ID }) programmeId: string,
  ): Promise<SessionDefaultsModel> {
    const defaults = await this.service.defaults(actor, programmeId);
    return Object.assign(new SessionDefaultsModel(), {
      programmeId: defaults.programmeId,
      date: defaults.date,
      startTime: defaults.startTime?.slice(0, 5) ?? null,
      durationMinutes: defaults.durationMinutes,
      format: defaults.format,
      deliveryMode: defaults.deliveryMode,
      siteId: defaults.site?.id ?? null,
      site: defaults.site ? SiteModel.fromEntity(defaults.site) : null,
      partnerIds: defaults.partners.map((p) => p.id),
      partners: defaults.partners.map((p) => PartnerModel.fromEntity(p)),
      facilitators: defaults.facilitators.map((f) => SessionFacilitatorModel.fromEntity(f)),
      attendance: defaults.attendance.map((cell) => AttendanceCellModel.template(cell)),
      fromSessionId: defaults.fromSessionId,
    });
  }

  @RequirePermission('programmes.read')
  @ResolveField('programme', () => ProgrammeModel)
  async programme(
    @CurrentActor() actor: OrgActor,
    @Parent() session: SessionModel,
    @Context('req') req: Request,
  ): Promise<ProgrammeModel> {
    const programme = await this.loaders
      .programme(req, actor.organisationId)
      .load(session.programmeId);
    if (!programme) throw new Error(`programme ${session.programmeId} of a session is missing`);
    return ProgrammeModel.fromEntity(programme);
  }

  @RequirePermission('programmes.read')
  @ResolveField('site', () => SiteModel, { nullable: true })
  async site(
    @CurrentActor() actor: OrgActor,
    @Parent() session: SessionModel,
    @Context('req') req: Request,
  ): Promise<SiteModel | null> {
    if (!session.siteId) return null;
    const site = await this.loaders.site(req, actor.organisationId).load(session.siteId);
    return site ? SiteModel.fromEntity(site) : null;
  }

  @RequirePermission('programmes.read')
  @ResolveField('partners', () => [PartnerModel], { description: 'By name.' })
  async partners(
    @CurrentActor() actor: OrgActor,
    @Parent() session: SessionModel,
    @Context('req') req: Request,
  ): Promise<PartnerModel[]> {
    const partners = await this.loaders.partners(req, actor.organisationId).load(session.id);
    return partners.map((partner) => PartnerModel.fromEntity(partner));
  }

  @RequirePermission('programmes.read')
  @ResolveField('facilitators', () => [SessionFacilitatorModel])
  async facilitators(
    @CurrentActor() actor: OrgActor,
    @Parent() session: SessionModel,
    @Context('req') req: Request,
  ): Promise<SessionFacilitatorModel[]> {
    const rows = await this.loaders.facilitators(req, actor.organisationId).load(session.id);
    return rows.map((row) => SessionFacilitatorModel.fromEntity(row));
  }

  @RequirePermission('programmes.read')
  @ResolveField('frameworkElements', () => [FrameworkElementModel])
  async frameworkElements(
    @CurrentActor() actor: OrgActor,
    @Parent() session: SessionModel,
    @Context('req') req: Request,
  ): Promise<FrameworkElementModel[]> {
    const elements = await this.loaders
      .frameworkElements(req, actor.organisationId)
      .load(session.id);
    return elements.map((element) => FrameworkElementModel.fromEntity(element));
  }

  @RequirePermission('programmes.read')
  @ResolveField('attendance', () => [AttendanceCellModel], { description: 'In grid order.' })
  async attendance(
    @CurrentActor() actor: OrgActor,
    @Parent() session: SessionModel,
    @Context('req') req: Request,
  ): Promise<AttendanceCellModel[]> {
    const cells = await this.loaders.attendance(req, actor.organisationId).load(session.id);
    return cells.map((cell) => AttendanceCellModel.fromEntity(cell));
  }

  @RequirePermission('programmes.read')
  @ResolveField('hasEstimates', () => Boolean, {
    description: 'Whether any count in the attendance is an estimate.',
  })
  async hasEstimates(
    @CurrentActor() actor: OrgActor,
    @Parent() session: SessionModel,
    @Context('req') req: Request,
  ): Promise<boolean> {
    if (session.attendanceTotal === 0) return false;
    const cells = await this.loaders.attendance(req, actor.organisationId).load(session.id);
    return attendanceTotals(cells).hasEstimates;
  }

  @RequirePermission('programmes.read')
  @ResolveField('createdBy', () => UserModel, {
    nullable: true,
    description: 'Who logged it (null for imported sessions or removed accounts).',
  })
  async createdBy(
    @Parent() session: SessionModel,
    @Context('req') req: Request,
  ): Promise<UserModel | null> {
    if (!session.createdByUserId) return null;
    const user = await this.users.byId(req).load(session.createdByUserId);
    return user ? UserModel.fromEntity(user) : null;
  }

  @RequirePermission('sessions.write')
  @Mutation(() => SessionModel, {
    description: 'Logs a delivered session with its attendance, in one call and one transaction.',
  })
  async logSession(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => LogSessionInput }) input: LogSessionInput,
  ): Promise<SessionModel> {
    return SessionModel.fromEntity(await this.service.log(actor, { ...input }));
  }

  @RequirePermission('sessions.write')
  @Mutation(() => SessionModel, { description: 'Adds a session in any status (e.g. planned).' })
  async createSession(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => CreateSessionInput }) input: CreateSessionInput,
  ): Promise<SessionModel> {
    return SessionModel.fromEntity(await this.service.create(actor, { ...input }));
  }

  @RequirePermission('sessions.write')
  @Mutation(() => SessionModel, {
    description: 'Replaces the session, its links and its attendance with the ones given.',
  })
  async updateSession(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => UpdateSessionInput }) input: UpdateSessionInput,
  ): Promise<SessionModel> {
    return SessionModel.fromEntity(await this.service.update(actor, { ...input }));
  }

  @RequirePermission('sessions.write')
  @Mutation(() => SessionModel, { description: 'Deletes a session; returns it as it was.' })
  async deleteSession(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => DeleteSessionInput }) input: DeleteSessionInput,
  ): Promise<SessionModel> {
    return SessionModel.fromEntity(await this.service.remove(actor, input.id));
  }
}
