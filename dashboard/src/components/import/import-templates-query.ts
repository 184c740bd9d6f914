import { graphql } from '@/lib/graphql/graphql.ts';
import { useQuery } from '@/lib/graphql/use-query.ts';

export const ImportTemplatesQuery = graphql(`
  query ImportTemplates {
    importTemplates {
      eventType
      title
      csvUrl
      xlsxUrl
      columns {
        key
        header
        required
        format
        hint
      }
    }
  }
`);

export const useImportTemplates = () => useQuery(ImportTemplatesQuery, {});
