import { Box, Stack, Typography } from '@mui/material';
import type { MxDomainFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format/format';
import { useI18n } from '../../lib/i18n/i18n.context';
import { MxCheckFailureAlert, MxCheckNowButton } from './mx-check-now.component';
import { MxSeenRecords } from './mx-seen-records.component';
import { useMxCheckNow } from './use-mx-check-now.hook';

/** When the MX records were last looked up, what was found, and "check now". */
export const MxLastCheck = ({
  domain,
  onCheck,
}: {
  domain: MxDomainFragment;
  onCheck: () => Promise<MxDomainFragment | undefined>;
}) => {
  const { t, locale } = useI18n();
  const { checking, failure, checkNow } = useMxCheckNow(onCheck);
  const check = domain.mxCheck;

  return (
    <Stack spacing={2}>
      <Box role="status" aria-live="polite">
        {checking ? <Typography>{t.mx.checking}</Typography> : null}
        <Typography>
          {check.checkedAt
            ? t.mx.lastCheck(formatDateTime(check.checkedAt, locale))
            : t.mx.neverChecked}
        </Typography>
        {check.checkedAt && !check.records.length ? (
          <Typography color="text.secondary">
            {check.status === 'LOOKUP_FAILED' ? t.mx.nothingSeen : t.mx.noneSeen}
          </Typography>
        ) : null}
      </Box>
      {check.records.length ? <MxSeenRecords check={check} /> : null}
      <MxCheckFailureAlert failure={failure} />
      <MxCheckNowButton checking={checking} onClick={() => void checkNow()} />
    </Stack>
  );
};
