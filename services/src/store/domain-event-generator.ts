import {
  CAUSE_CATEGORY_CODES,
  CURRENT_SCHEMA_VERSION,
  type EventMetadata,
  type EventType,
  REGION_CODES,
  RIGHT_RESTORED_KIND_CODES,
  RISK_SOURCE_CODES,
  SPHERE_CODES,
  streams,
  TRANSFORMATION_KIND_CODES,
} from '@kpi/schema';
import type { NewEvent, StreamWrite } from './port.ts';

/**
 * Realistic domain events for benchmarks and tests, from a seeded generator (the same seed gives the same
 * events): cases of a risk found in an organization's process, often followed by a
 * recommendation, a transformation that removes the risk, a restored right, and the occasional
 * correction. Each case's events go to its region's unit stream, as the write side appends them.
 */
export const seededRandom = (seed: number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const ORGANIZATIONS = [
  'Акимат г. Актобе',
  'Управление земельных отношений',
  'ГКП «Городская поликлиника №3»',
  'Управление образования',
  'Департамент госдоходов',
  'Акимат Сарыаркинского района',
  'ТОО «Астана Су Арнасы»',
  'Управление строительства и архитектуры',
];
const PROCESSES = [
  'Предоставление земельных участков',
  'Выдача разрешений на строительство',
  'Государственные закупки медикаментов',
  'Зачисление в детские сады',
  'Выдача субсидий фермерам',
  'Приём на работу',
  'Подключение к сетям водоснабжения',
];
const DESCRIPTIONS = [
  'Решение принимается единолично без критериев, заявители ждут месяцами',
  'Документы принимаются на бумаге, очередь формируется вручную',
  'Требования к поставщикам прописаны под одного участника',
  'Результаты не публикуются, обжаловать решение невозможно',
];

export class DomainEventGenerator {
  readonly #random: () => number;
  #day = 0;
  constructor(seed = 2026) {
    this.#random = seededRandom(seed);
  }

  #pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.#random() * items.length)]!;
  }

  #uuid(): string {
    const hex = (n: number) =>
      Math.floor(this.#random() * 16 ** n)
        .toString(16)
        .padStart(n, '0');
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${(8 + Math.floor(this.#random() * 4)).toString(16)}${hex(3)}-${hex(6)}${hex(6)}`;
  }

  #date(offsetDays: number): string {
    return new Date(Date.UTC(2023, 0, 1) + (this.#day + offsetDays) * 86_400_000).toISOString().slice(0, 10);
  }

  #event(
    type: EventType,
    data: Record<string, unknown>,
    metadata: Omit<EventMetadata, 'schemaVersion'>,
  ): NewEvent {
    return {
      id: this.#uuid(),
      type,
      data,
      metadata: { ...metadata, schemaVersion: CURRENT_SCHEMA_VERSION[type] },
    };
  }

  /** One case: its events on its unit's stream, in the order an officer would submit them. */
  nextCase(): StreamWrite[] {
    this.#day = (this.#day + (this.#random() < 0.3 ? 1 : 0)) % 1_000;
    const region = this.#pick(REGION_CODES);
    const organization = this.#pick(ORGANIZATIONS);
    const process = this.#pick(PROCESSES);
    const metadata = {
      recordedAt: `${this.#date(2)}T09:30:00.000Z`,
      submittedBy: `officer-${region.toLowerCase()}-${Math.floor(this.#random() * 20)}`,
      region,
      submissionId: this.#uuid(),
      correlationId: this.#uuid(),
      channel: 'form' as const,
    };
    const riskId = this.#uuid();
    const events: NewEvent[] = [
      this.#event(
        'RiskIdentified',
        {
          riskId,
          region,
          organization,
          process,
          sphere: this.#pick(SPHERE_CODES),
          causeCategory: this.#pick(CAUSE_CATEGORY_CODES),
          source: this.#pick(RISK_SOURCE_CODES),
          description: this.#pick(DESCRIPTIONS),
          occurredOn: this.#date(0),
        },
        metadata,
      ),
    ];
    if (this.#random() < 0.05) {
      events.push(
        this.#event(
          'RiskReclassified',
          {
            riskId,
            causeCategory: this.#pick(CAUSE_CATEGORY_CODES),
            reason: 'Уточнена категория причины',
            occurredOn: this.#date(1),
          },
          metadata,
        ),
      );
    }
    if (this.#random() < 0.6) {
      const recommendationId = this.#uuid();
      events.push(
        this.#event(
          'RecommendationIssued',
          {
            recommendationId,
            riskId,
            region,
            organization,
            text: 'Утвердить критерии и перевести процесс в электронный формат',
            dueOn: this.#date(90),
            occurredOn: this.#date(1),
          },
          metadata,
        ),
      );
      if (this.#random() < 0.5) {
        const transformationId = this.#uuid();
        events.push(
          this.#event(
            'ProcessTransformed',
            {
              transformationId,
              region,
              organization,
              process,
              kind: this.#pick(TRANSFORMATION_KIND_CODES),
              description: 'Процесс переведён на портал электронного правительства',
              removesRiskIds: [riskId],
              implementsRecommendationIds: [recommendationId],
              occurredOn: this.#date(60),
            },
            metadata,
          ),
        );
      }
    }
    if (this.#random() < 0.25) {
      const caseId = this.#uuid();
      events.push(
        this.#event(
          'RightRestored',
          {
            caseId,
            region,
            organization,
            kind: this.#pick(RIGHT_RESTORED_KIND_CODES),
            peopleCount: 1 + Math.floor(this.#random() * 40),
            amountKzt: Math.round(this.#random() * 5e8) / 100,
            riskId,
            description: 'Заявителю возвращён земельный участок',
            occurredOn: this.#date(30),
          },
          metadata,
        ),
      );
    }
    return [{ streamId: streams.unit(region), events }];
  }

  /** Cases until at least `count` events; the last case may run a few events over. */
  writes(count: number): StreamWrite[] {
    const writes: StreamWrite[] = [];
    for (let n = 0; n < count; ) {
      for (const write of this.nextCase()) {
        writes.push(write);
        n += write.events.length;
      }
    }
    return writes;
  }
}
