import { useI18n } from '@/lib/i18n/i18n.tsx';
import { useAlertRules } from '../api/alert-rules.ts';
import { NotificationList } from './notification-list.tsx';
import { RuleForm } from './rule-form.tsx';
import { RuleList } from './rule-list.tsx';
import '../alerts.css';

/** The chair's and analysts' alerts: the live notification list beside the shared rules. */
const AlertsPage = () => {
  const { t } = useI18n();
  const rules = useAlertRules();
  return (
    <section aria-labelledby="alerts-title">
      <div className="page-header">
        <div>
          <h1 id="alerts-title">{t('alerts.title')}</h1>
          <p>{t('alerts.lead')}</p>
        </div>
      </div>
      <div className="alerts-layout">
        <NotificationList />
        <div>
          <RuleList rules={rules} />
          <RuleForm onCreated={rules.refetch} />
        </div>
      </div>
    </section>
  );
};

export default AlertsPage;
