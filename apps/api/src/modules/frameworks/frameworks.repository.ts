import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, EntityManager, In } from 'typeorm';
import { FrameworkElementEntity } from './framework-element.entity';
import { FrameworkEntity } from './framework.entity';

/**
 * Frameworks a museum can see: the shared system ones (organisation_id null) and its own.
 * Changes are only ever made to the museum's own rows.
 */
@Injectable()
export class FrameworksRepository {
  constructor(private readonly dataSource: DataSource) {}

  private frameworks(em?: EntityManager) {
    return (em ?? this.dataSource.manager).getRepository(FrameworkEntity);
  }

  private elements(em?: EntityManager) {
    return (em ?? this.dataSource.manager).getRepository(FrameworkElementEntity);
  }

  private visible(organisationId: string) {
    return this.frameworks()
      .createQueryBuilder('framework')
      .where(
        new Brackets((q) =>
          q
            .where('framework.organisation_id IS NULL')
            .orWhere('framework.organisation_id = :organisationId', { organisationId }),
        ),
      );
  }

  listVisible(organisationId: string): Promise<FrameworkEntity[]> {
    return this.visible(organisationId)
      .orderBy('framework.organisation_id IS NULL', 'DESC')
      .addOrderBy('framework.name')
      .getMany();
  }

  findVisible(organisationId: string, id: string): Promise<FrameworkEntity | null> {
    return this.visible(organisationId).andWhere('framework.id = :id', { id }).getOne();
  }

  findOwn(organisationId: string, id: string, em?: EntityManager): Promise<FrameworkEntity | null> {
    return this.frameworks(em).findOneBy({ organisationId, id });
  }

  findOwnByCode(
    organisationId: string,
    code: string,
    em: EntityManager,
  ): Promise<FrameworkEntity | null> {
    return this.frameworks(em).findOneBy({ organisationId, code });
  }

  /** Elements of frameworks already known to be visible to the caller (loader). */
  elementsOf(frameworkIds: readonly string[]): Promise<FrameworkElementEntity[]> {
    if (!frameworkIds.length) return Promise.resolve([]);
    return this.elements().find({
      where: { frameworkId: In([...frameworkIds]) },
      order: { position: 'ASC', code: 'ASC' },
    });
  }

  findOwnElement(
    organisationId: string,
    id: string,
    em?: EntityManager,
  ): Promise<FrameworkElementEntity | null> {
    return this.elements(em).findOneBy({ organisationId, id });
  }

  findElementByCode(
    frameworkId: string,
    code: string,
    em: EntityManager,
  ): Promise<FrameworkElementEntity | null> {
    return this.elements(em).findOneBy({ frameworkId, code });
  }

  async nextPosition(frameworkId: string, em: EntityManager): Promise<number> {
    const row = await this.elements(em)
      .createQueryBuilder('element')
      .select('COALESCE(MAX(element.position), 0) + 1', 'next')
      .where('element.framework_id = :frameworkId', { frameworkId })
      .getRawOne<{ next: number }>();
    return Number(row?.next ?? 1);
  }

  saveFramework(framework: Partial<FrameworkEntity>, em: EntityManager): Promise<FrameworkEntity> {
    return this.frameworks(em).save(this.frameworks(em).create(framework));
  }

  saveElement(
    element: Partial<FrameworkElementEntity>,
    em: EntityManager,
  ): Promise<FrameworkElementEntity> {
    return this.elements(em).save(this.elements(em).create(element));
  }

  async deleteFramework(organisationId: string, id: string, em: EntityManager): Promise<void> {
    await this.frameworks(em).delete({ organisationId, id });
  }

  /** The museum's commitments made under an element. */
  async commitmentCount(
    organisationId: string,
    elementId: string,
    em: EntityManager,
  ): Promise<number> {
    const rows: { n: number }[] = await em.query(
      'SELECT count(*)::int AS n FROM commitments WHERE organisation_id = $1 AND element_id = $2',
      [organisationId, elementId],
    );
    return rows[0]?.n ?? 0;
  }

  async deleteElement(organisationId: string, id: string, em: EntityManager): Promise<void> {
    await this.elements(em).delete({ organisationId, id });
  }
}
