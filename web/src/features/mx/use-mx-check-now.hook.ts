import { useState } from 'react';
import type { MxStatus } from '../../gql/graphql';
import { toApiError } from '../../lib/apollo/graphql-errors';
import { apiErrorText } from '../../lib/forms/api-error-text';
import { useI18n } from '../../lib/i18n/i18n.context';
import { useNotify } from '../../lib/ui/notify.context';

/** A name (domain or domain alias) as "check now" answers it. */
export interface MxChecked {
  name: string;
  mxCheck: { status: MxStatus };
}

/** Why a check now did not run: a note when it ran a moment ago, an error otherwise. */
export interface MxCheckFailure {
  text: string;
  wait: boolean;
}

/**
 * "Check now" for one name: busy while it runs, the outcome announced as a
 * notice, and why it did not run kept for the caller to show beside it.
 */
export const useMxCheckNow = (onCheck: () => Promise<MxChecked | undefined>) => {
  const { t } = useI18n();
  const notify = useNotify();
  const [checking, setChecking] = useState(false);
  const [failure, setFailure] = useState<MxCheckFailure>();

  const checkNow = async () => {
    setChecking(true);
    setFailure(undefined);
    try {
      const after = await onCheck();
      if (after?.mxCheck.status === 'OK') notify.success(t.mx.checked.OK(after.name));
      else if (after) notify.info(t.mx.checked[after.mxCheck.status](after.name));
    } catch (e) {
      const error = toApiError(e);
      // Checked a few seconds ago: say how many more, not "try again in 1 min".
      const wait = error.code === 'RATE_LIMITED' && Boolean(error.retryAfterSeconds);
      setFailure({
        text: wait ? t.mx.waitBeforeCheck(error.retryAfterSeconds ?? 0) : apiErrorText(error, t),
        wait,
      });
    } finally {
      setChecking(false);
    }
  };

  return { checking, failure, checkNow };
};
