import { graphql } from '@/lib/graphql/graphql.ts';
import { useQuery } from '@/lib/graphql/use-query.ts';
import type { Lang } from '@/lib/i18n/lang.ts';

export const ImportTemplatesQuery = graphql(`
  query ImportTemplates($lang: String!) {
    importTemplates {
      eventType
      title
      csvUrl(lang: $lang)
      xlsxUrl(lang: $lang)
      columns {
        key
        header(lang: $lang)
        required
        format
        hint
      }
    }
  }
`);

/** The layouts with their headers and template files in the reader's language. */
export const useImportTemplates = (lang: Lang) => useQuery(ImportTemplatesQuery, { lang });
