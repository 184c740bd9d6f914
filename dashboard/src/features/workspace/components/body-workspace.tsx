import type { ReactNode } from 'react';
import { Link, Route, Routes } from 'react-router';
import { ImportView } from '@/components/import/import-view.tsx';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { useUnitRegister } from '../api/use-unit-register.ts';
import { Flash } from './flash.tsx';
import { ReceptionForm } from './forms/reception-form.tsx';
import { ReclassifyForm } from './forms/reclassify-form.tsx';
import { RecommendationForm } from './forms/recommendation-form.tsx';
import { RightForm } from './forms/right-form.tsx';
import { RiskForm } from './forms/risk-form.tsx';
import { MoveDueForm, RejectForm, WithdrawForm } from './forms/simple-correction-form.tsx';
import { TransformationForm } from './forms/transformation-form.tsx';
import { ReceptionsSummary } from './receptions-summary.tsx';
import { RegisterView } from './register-view.tsx';
import { WorkUnitProvider } from './work-unit.tsx';
import './workspace.css';

/** Where the body's page lives; its forms sit under it and return to it. */
const BASE = '/body';

interface Props {
  /** The officer's central body: every form submits for it. */
  readonly centralBody: string;
  /** The body's figures, shown on the page itself. */
  readonly figures: ReactNode;
}

/**
 * A central body's officer's workspace: the regional workspace's loop forms, submitting for the
 * body with the region where the work sits picked on each form; the pickers of earlier records
 * list the body's own risks and recommendations; the body's register under its figures, with the
 * region's corrections (withdraw, reclassify, move a due date, reject), which the server decides
 * against the body's own unit; and the body's citizen receptions, recorded for the body (optionally
 * in a region) and counted as the body's; and the spreadsheet import of the body's rows.
 */
export default function BodyWorkspace({ centralBody, figures }: Props) {
  const { t } = useI18n();
  const register = useUnitRegister(centralBody);
  const risks = register.risks ?? [];
  return (
    <WorkUnitProvider value={{ centralBody, back: BASE }}>
      <div className="workspace">
        <Routes>
          <Route
            index
            element={
              <>
                <Flash />
                <nav className="workspace__new" aria-label={t('ws.body.actions')}>
                  <Link className="button button--primary" to={`${BASE}/risks/new`}>
                    {t('ws.action.identifyRisk')}
                  </Link>
                  <Link className="button" to={`${BASE}/recommendations/new`}>
                    {t('ws.action.recommend')}
                  </Link>
                  <Link className="button" to={`${BASE}/transformations/new`}>
                    {t('ws.action.recordTransformation')}
                  </Link>
                  <Link className="button" to={`${BASE}/rights/new`}>
                    {t('ws.action.recordRight')}
                  </Link>
                  <Link className="button" to={`${BASE}/receptions/new`}>
                    {t('ws.action.recordReception')}
                  </Link>
                  <Link className="button" to={`${BASE}/import`}>
                    {t('ws.tab.import')}
                  </Link>
                </nav>
                {figures}
                <ReceptionsSummary unit={centralBody} />
                <RegisterView register={register} base={BASE} />
              </>
            }
          />
          <Route path="risks/new" element={<RiskForm />} />
          <Route path="recommendations/new" element={<RecommendationForm risks={risks} />} />
          <Route
            path="transformations/new"
            element={<TransformationForm risks={risks} recommendations={register.recommendations ?? []} />}
          />
          <Route path="rights/new" element={<RightForm risks={risks} />} />
          <Route path="receptions/new" element={<ReceptionForm />} />
          <Route path="import" element={<ImportView />} />
          <Route path="risks/:riskId/recommend" element={<RecommendationForm />} />
          <Route path="risks/:riskId/withdraw" element={<WithdrawForm />} />
          <Route path="risks/:riskId/reclassify" element={<ReclassifyForm />} />
          <Route path="recommendations/:recommendationId/reject" element={<RejectForm />} />
          <Route path="recommendations/:recommendationId/move" element={<MoveDueForm />} />
        </Routes>
      </div>
    </WorkUnitProvider>
  );
}
