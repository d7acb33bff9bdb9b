import { useMutation, useQuery } from '@apollo/client/react';
import type { MxDomainAliasFragment } from '../../gql/graphql';
import { CheckDomainAliasMxMutation, MxDomainAliasesQuery } from './mx.graphql';

/** As many as the API gives in one page; a domain with more is told how many are not shown. */
export const MX_ALIASES_SHOWN = 100;

/** The MX checks of a domain's aliases, and "check now" for one of them (updated in the cache). */
export const useMxAliasChecks = (domainId: string) => {
  const query = useQuery(MxDomainAliasesQuery, {
    variables: { domainId, first: MX_ALIASES_SHOWN },
  });
  const [check] = useMutation(CheckDomainAliasMxMutation);
  const checkNow = async (id: string): Promise<MxDomainAliasFragment | undefined> =>
    (await check({ variables: { id } })).data?.checkDomainAliasMx;
  const connection = query.data?.domainAliases;
  return {
    aliases: connection?.edges.map((e) => e.node),
    totalCount: connection?.totalCount ?? 0,
    error: query.error,
    refetch: query.refetch,
    checkNow,
  };
};
