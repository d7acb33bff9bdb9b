import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import type { VerifiableDomainFragment, VerificationMailbox } from '../../gql/graphql';
import {
  CheckDomainAliasVerificationMutation,
  CheckDomainVerificationMutation,
  ConfirmDomainAliasVerificationCodeMutation,
  ConfirmDomainVerificationCodeMutation,
  SendDomainAliasVerificationEmailMutation,
  SendDomainVerificationEmailMutation,
  VerificationDomainAliasQuery,
  VerificationDomainQuery,
} from './verification.graphql';

export type VerificationKind = 'DOMAIN' | 'DOMAIN_ALIAS';
/** A domain or a domain alias: both are verified the same way. */
export type VerificationTarget = Omit<VerifiableDomainFragment, '__typename'>;

// While a name is set up it turns verifiable within seconds; a pending one is
// re-checked by the server every few minutes at the soonest.
const POLL_MS = { UPDATING: 5_000, AWAITING_VERIFICATION: 60_000 } as const;

/**
 * The verification of a domain or a domain alias and its three actions,
 * through the operations of the right kind.
 */
export const useVerification = (kind: VerificationKind, id: string) => {
  const domain = useQuery(
    VerificationDomainQuery,
    kind === 'DOMAIN' ? { variables: { id } } : skipToken,
  );
  const alias = useQuery(
    VerificationDomainAliasQuery,
    kind === 'DOMAIN_ALIAS' ? { variables: { id } } : skipToken,
  );
  const query = kind === 'DOMAIN' ? domain : alias;
  const target: VerificationTarget | undefined =
    kind === 'DOMAIN' ? domain.data?.domain : alias.data?.domainAlias;

  const [checkDomain] = useMutation(CheckDomainVerificationMutation);
  const [checkAlias] = useMutation(CheckDomainAliasVerificationMutation);
  const [sendDomain] = useMutation(SendDomainVerificationEmailMutation);
  const [sendAlias] = useMutation(SendDomainAliasVerificationEmailMutation);
  const [confirmDomain] = useMutation(ConfirmDomainVerificationCodeMutation);
  const [confirmAlias] = useMutation(ConfirmDomainAliasVerificationCodeMutation);

  const state = target?.state;
  const { startPolling, stopPolling } = query;
  useEffect(() => {
    const every = state === 'UPDATING' || state === 'AWAITING_VERIFICATION' ? POLL_MS[state] : 0;
    if (every) startPolling(every);
    else stopPolling();
    return () => stopPolling();
  }, [state, startPolling, stopPolling]);

  const checkNow = async (): Promise<VerificationTarget | undefined> =>
    kind === 'DOMAIN'
      ? (await checkDomain({ variables: { id } })).data?.checkDomainVerification
      : (await checkAlias({ variables: { id } })).data?.checkDomainAliasVerification;

  const sendCode = async (mailbox: VerificationMailbox): Promise<VerificationTarget | undefined> =>
    kind === 'DOMAIN'
      ? (await sendDomain({ variables: { id, mailbox } })).data?.sendDomainVerificationEmail
      : (await sendAlias({ variables: { id, mailbox } })).data?.sendDomainAliasVerificationEmail;

  const confirmCode = async (code: string): Promise<VerificationTarget | undefined> =>
    kind === 'DOMAIN'
      ? (await confirmDomain({ variables: { id, code } })).data?.confirmDomainVerificationCode
      : (await confirmAlias({ variables: { id, code } })).data?.confirmDomainAliasVerificationCode;

  return {
    target,
    error: query.error,
    refetch: query.refetch,
    checkNow,
    sendCode,
    confirmCode,
  };
};
