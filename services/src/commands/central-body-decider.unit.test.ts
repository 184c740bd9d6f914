import { centralBodyStreams } from '@kpi/schema';
import { describe, it } from 'vitest';
import { centralBodyDecider } from './central-body-decider.ts';
import { givenStream, stored } from './stream-decider.test-support.ts';

const given = givenStream(centralBodyDecider);
const on = '2026-06-01';
const sport = {
  code: 'AG-SPORT',
  kind: 'AGENCY' as const,
  nameRu: 'Агентство по делам спорта',
  nameKk: 'Спорт істері агенттігі',
  nameEn: 'Agency for Sports Affairs',
  occurredOn: on,
};
const { kind: _, ...sportNames } = sport;
const added = stored(centralBodyStreams.body('AG-SPORT'), 0, 'CentralBodyAdded', sport);
const trade = {
  code: 'MIN-TRADE',
  nameRu: 'Министерство торговли и интеграции',
  nameKk: 'Сауда және интеграция министрлігі',
  nameEn: 'Ministry of Trade and Integration',
  occurredOn: on,
};

describe('central body decider', () => {
  it('adds a body the catalogue lacks, and refuses one it holds, seeded or added, naming the code', () => {
    given()
      .when({ type: 'AddCentralBody', data: sport })
      .thenRecords({ type: 'CentralBodyAdded', data: sport });
    given(added).when({ type: 'AddCentralBody', data: sport }).thenInvalid(['code', 'taken']);
    given()
      .when({ type: 'AddCentralBody', data: { ...sport, code: 'MIN-HEALTH' } })
      .thenInvalid(['code', 'taken']);
  });

  it('renames a seeded or an added body; the same names again record nothing', () => {
    const renamed = { ...trade, nameEn: 'Ministry of Trade' };
    given()
      .when({ type: 'RenameCentralBody', data: renamed })
      .thenRecords({ type: 'CentralBodyRenamed', data: renamed });
    given().when({ type: 'RenameCentralBody', data: trade }).thenRecords();
    given(added).when({ type: 'RenameCentralBody', data: sportNames }).thenRecords();
    given(added)
      .when({ type: 'RenameCentralBody', data: { ...sportNames, nameEn: 'Sports Agency' } })
      .thenRecords({ type: 'CentralBodyRenamed', data: { ...sportNames, nameEn: 'Sports Agency' } });
  });

  it('refuses to rename a body no one added, and a rename made on a version the administrator no longer sees', () => {
    given()
      .when({ type: 'RenameCentralBody', data: { ...sportNames, code: 'AG-NONE' } })
      .thenNotFound('AG-NONE');
    given(added)
      .when({ type: 'RenameCentralBody', data: { ...sportNames, nameEn: 'x y z' }, expectedRevision: -1 })
      .thenConflict(centralBodyStreams.body('AG-SPORT'));
  });
});
