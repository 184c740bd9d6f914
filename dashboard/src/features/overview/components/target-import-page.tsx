import { Link } from 'react-router';
import { ImportView } from '@/components/import/import-view.tsx';
import { useI18n } from '@/lib/i18n/i18n.tsx';

/**
 * The chair's import of a year's (or a quarter's) targets: the same template, dry run by line and
 * column, and commit as a region's import. The server offers the chair the targets layout only.
 */
const TargetImportPage = () => {
  const { t } = useI18n();
  return (
    <section aria-labelledby="target-import-title" className="target-import">
      <div className="page-header">
        <div>
          <h1 id="target-import-title">{t('targetImport.title')}</h1>
          <p>{t('targetImport.lead')}</p>
        </div>
      </div>
      <ImportView />
      <p>
        <Link to="/overview">{t('targetImport.back')}</Link>
      </p>
    </section>
  );
};

export default TargetImportPage;
