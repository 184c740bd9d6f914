import { Link, Route, Routes, useParams } from 'react-router';
import { ImportView } from '@/components/import/import-view.tsx';
import { TabNav } from '@/components/tab-nav.tsx';
import { useI18n } from '@/lib/i18n/i18n.tsx';
import { useRegionRegister } from '../api/use-region-register.ts';
import { DistrictsView } from './districts-view.tsx';
import { Flash } from './flash.tsx';
import { ReceptionForm } from './forms/reception-form.tsx';
import { ReclassifyForm } from './forms/reclassify-form.tsx';
import { RecommendationForm } from './forms/recommendation-form.tsx';
import { RightForm } from './forms/right-form.tsx';
import { RiskForm } from './forms/risk-form.tsx';
import { MoveDueForm, RejectForm, WithdrawForm } from './forms/simple-correction-form.tsx';
import { SurveyForm } from './forms/survey-form.tsx';
import { TransformationForm } from './forms/transformation-form.tsx';
import { WithdrawSurveyForm } from './forms/withdraw-survey-form.tsx';
import { ReceptionsSummary } from './receptions-summary.tsx';
import { RegisterView } from './register-view.tsx';
import { SurveysView } from './surveys-view.tsx';
import './workspace.css';

/** The regional officer's workspace: the register of their region, the forms and the import. */
export default function WorkspacePage() {
  const { t, region } = useI18n();
  const { regionCode = '' } = useParams();
  const base = `/regions/${regionCode}`;
  const register = useRegionRegister(regionCode);
  return (
    <div className="workspace">
      <header className="page-header">
        <div>
          <h1>{t('ws.title', { region: region(regionCode) })}</h1>
          <p>{t('ws.lead')}</p>
        </div>
        <div className="workspace__new">
          <Link className="button button--primary" to={`${base}/risks/new`}>
            {t('ws.action.identifyRisk')}
          </Link>
          <Link className="button" to={`${base}/transformations/new`}>
            {t('ws.action.recordTransformation')}
          </Link>
          <Link className="button" to={`${base}/rights/new`}>
            {t('ws.action.recordRight')}
          </Link>
          <Link className="button" to={`${base}/surveys/new`}>
            {t('ws.action.recordSurvey')}
          </Link>
          <Link className="button" to={`${base}/receptions/new`}>
            {t('ws.action.recordReception')}
          </Link>
        </div>
      </header>
      <TabNav
        label={t('nav.workspace')}
        tabs={[
          { to: base, label: t('ws.tab.register'), end: true },
          { to: `${base}/districts`, label: t('ws.tab.districts'), end: true },
          { to: `${base}/surveys`, label: t('ws.tab.surveys'), end: true },
          { to: `${base}/import`, label: t('ws.tab.import') },
        ]}
      />
      <Routes>
        <Route
          index
          element={
            <>
              <Flash />
              <RegisterView register={register} base={base} />
            </>
          }
        />
        <Route path="import" element={<ImportView />} />
        <Route
          path="districts"
          element={
            <>
              <DistrictsView regionCode={regionCode} />
              <ReceptionsSummary unit={regionCode} />
            </>
          }
        />
        <Route path="risks/new" element={<RiskForm />} />
        <Route path="surveys" element={<SurveysView regionCode={regionCode} base={base} />} />
        <Route path="surveys/new" element={<SurveyForm />} />
        <Route path="surveys/:surveyId/withdraw" element={<WithdrawSurveyForm />} />
        <Route path="receptions/new" element={<ReceptionForm />} />
        <Route path="rights/new" element={<RightForm risks={register.risks ?? []} />} />
        <Route
          path="transformations/new"
          element={
            <TransformationForm
              risks={register.risks ?? []}
              recommendations={register.recommendations ?? []}
            />
          }
        />
        <Route path="risks/:riskId/recommend" element={<RecommendationForm />} />
        <Route path="risks/:riskId/withdraw" element={<WithdrawForm />} />
        <Route path="risks/:riskId/reclassify" element={<ReclassifyForm />} />
        <Route path="recommendations/:recommendationId/reject" element={<RejectForm />} />
        <Route path="recommendations/:recommendationId/move" element={<MoveDueForm />} />
      </Routes>
    </div>
  );
}
