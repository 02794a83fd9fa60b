import {
  CONSENT_STATUSES,
  EVIDENCE_KINDS,
  type ConsentStatus,
  type EvidenceKind,
} from '@lantern/domain';
import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '../../platform/graphql/enums';
import { LocalDateScalar } from '../../platform/graphql/local-date.scalar';
import { PageInfoModel } from '../../platform/graphql/pagination';
import type { EvidenceEntity } from './evidence.entity';

export const EvidenceKindEnum = graphqlEnum(EVIDENCE_KINDS, 'EvidenceKind');
export const ConsentStatusEnum = graphqlEnum(CONSENT_STATUSES, 'ConsentStatus');

@ObjectType('EvidenceFile', { description: 'The file attached to an evidence item.' })
export class EvidenceFileModel {
  @Field()
  name: string;

  @Field({ description: 'The type found in its first bytes.' })
  contentType: string;

  @Field(() => Int)
  byteSize: number;

  @Field({ description: 'Where signed-in members download it (GET, with the session cookie).' })
  url: string;

  @Field()
  isImage: boolean;
}

@ObjectType('TaggedProgramme')
export class TaggedProgrammeModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType('TaggedSession')
export class TaggedSessionModel {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => LocalDateScalar)
  date: string;

  @Field()
  programmeName: string;
}

@ObjectType('Evidence', {
  description:
    'A quote, story, photo, artwork, observation note or document, with its consent. Members without drafts.read (trustees) see only publishable items.',
})
export class EvidenceModel {
  @Field(() => ID)
  id: string;

  @Field(() => EvidenceKindEnum)
  kind: EvidenceKind;

  @Field()
  title: string;

  @Field(() => String, { nullable: true, description: 'The words: quote, story, notes, caption.' })
  body: string | null;

  @Field(() => LocalDateScalar, { description: 'When it was said, made or observed.' })
  occurredOn: string;

  @Field(() => ConsentStatusEnum)
  consentStatus: ConsentStatus;

  @Field(() => String, { nullable: true, description: 'Who gave consent (self, parent, ...).' })
  consentGivenBy: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  consentGivenOn: string | null;

  @Field(() => String, { nullable: true })
  consentNote: string | null;

  @Field({ description: 'May be shown beyond the learning team (only with consent).' })
  publishable: boolean;

  @Field({ description: 'Not publishable: a draft, seen only by members with drafts.read.' })
  isDraft: boolean;

  @Field(() => EvidenceFileModel, { nullable: true })
  file: EvidenceFileModel | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  static fromEntity(entity: EvidenceEntity): EvidenceModel {
    const file =
      entity.fileStorageKey && entity.fileContentType && entity.fileByteSize !== null
        ? Object.assign(new EvidenceFileModel(), {
            name: entity.fileName ?? 'file',
            contentType: entity.fileContentType,
            byteSize: entity.fileByteSize,
            url: `/api/evidence/${entity.id}/file`,
            isImage: entity.fileContentType.startsWith('image/'),
          })
        : null;
    return Object.assign(new EvidenceModel(), {
      id: entity.id,
      kind: entity.kind,
      title: entity.title,
      body: entity.body,
      occurredOn: entity.occurredOn,
      consentStatus: entity.consentStatus,
      consentGivenBy: entity.consentGivenBy,
      consentGivenOn: entity.consentGivenOn,
      consentNote: entity.consentNote,
      publishable: entity.publishable,
      isDraft: !entity.publishable,
      file,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
    });
  }
}

@ObjectType('EvidenceEdge')
export class EvidenceEdgeModel {
  @Field()
  cursor: string;

  @Field(() => EvidenceModel)
  node: EvidenceModel;
}

@ObjectType('EvidenceConnection')
export class EvidenceConnectionModel {
  @Field(() => [EvidenceEdgeModel])
  edges: EvidenceEdgeModel[];

  @Field(() => PageInfoModel)
  pageInfo: PageInfoModel;

  @Field(() => Int)
  totalCount: number;
}

@InputType()
export class EvidenceFilterInput {
  @Field(() => EvidenceKindEnum, { nullable: true })
  kind?: EvidenceKind | null;

  @Field(() => ID, { nullable: true, description: 'Tagged to this framework element.' })
  frameworkElementId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Tagged to this programme.' })
  programmeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Tagged to this session.' })
  sessionId?: string | null;

  @Field(() => Boolean, { nullable: true })
  publishable?: boolean | null;
}

@InputType()
export class CreateEvidenceInput {
  @Field(() => EvidenceKindEnum)
  kind: EvidenceKind;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  body?: string | null;

  @Field(() => LocalDateScalar)
  occurredOn: string;

  @Field(() => ConsentStatusEnum)
  consentStatus: ConsentStatus;

  @Field(() => String, { nullable: true })
  consentGivenBy?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  consentGivenOn?: string | null;

  @Field(() => String, { nullable: true })
  consentNote?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only allowed when consent is obtained or not needed.',
  })
  publishable?: boolean | null;

  @Field(() => [ID], { nullable: true })
  frameworkElementIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  programmeIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  sessionIds?: string[] | null;
}

@InputType({ description: 'Replaces the item with these details (the file is kept).' })
export class UpdateEvidenceInput extends CreateEvidenceInput {
  @Field(() => ID)
  id: string;
}

@InputType()
export class DeleteEvidenceInput {
  @Field(() => ID)
  id: string;
}
