import { useMutation, useQuery } from '@apollo/client/react';
import type { MxDomainFragment } from '../../gql/graphql';
import { CheckDomainMxMutation, MxDomainQuery } from './mx.graphql';

/** A domain's MX check and "check now", which updates it (and the header, the list) in the cache. */
export const useMxCheck = (id: string) => {
  const query = useQuery(MxDomainQuery, { variables: { id } });
  const [check] = useMutation(CheckDomainMxMutation);
  const checkNow = async (): Promise<MxDomainFragment | undefined> =>
    (await check({ variables: { id } })).data?.checkDomainMx;
  return { domain: query.data?.domain, error: query.error, refetch: query.refetch, checkNow };
};
