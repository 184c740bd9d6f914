import { graphql } from '@/lib/graphql/graphql.ts';
import { useQuery } from '@/lib/graphql/use-query.ts';

export const CentralBodyNamesQuery = graphql(`
  query CentralBodyNames {
    centralBodies {
      code
      nameRu
      nameKk
      nameEn
    }
  }
`);

/** A central body's names in the three languages, from the catalogue (null while unknown). */
export const useCentralBodyName = (code: string | null | undefined) => {
  const state = useQuery(CentralBodyNamesQuery, {}, { skip: !code });
  const body = state.data?.centralBodies.find((b) => b.code === code);
  return body ? { ru: body.nameRu, kk: body.nameKk, en: body.nameEn } : null;
};

/** The catalogue's bodies (added ones too), each with its names in the three languages. */
export const useCentralBodies = (skip = false) => {
  const state = useQuery(CentralBodyNamesQuery, {}, { skip });
  return (state.data?.centralBodies ?? []).map((b) => ({
    code: b.code,
    name: { ru: b.nameRu, kk: b.nameKk, en: b.nameEn },
  }));
};
