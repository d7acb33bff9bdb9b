import { Box, LinearProgress, Tooltip, Typography } from '@mui/material';
import type { MailboxUsage as Usage } from '../../gql/graphql';
import { formatBytes, formatDateTime, formatNumber, formatPercent } from '../../lib/format/format';
import { useI18n } from '../../lib/i18n/i18n.context';

const MB = 1024 * 1024;

/** The thresholds of the quota warnings (DESIGN §3): amber from 80 %, red from 95 %. */
export const usageTone = (percent: number): 'primary' | 'warning' | 'error' =>
  percent >= 95 ? 'error' : percent >= 80 ? 'warning' : 'primary';

/**
 * Space used against the quota, as Dovecot last reported it: a bar coloured
 * at the warning thresholds, and when (with the message count) in a tooltip.
 * Percentages are rounded down, as the quota notices count them.
 */
export const MailboxUsageBar = ({
  usage,
  quotaMb,
  showQuota = true,
}: {
  usage: Pick<Usage, 'bytes' | 'messages' | 'reportedAt'> | null | undefined;
  quotaMb: number;
  /** Off where the quota has a line of its own and would be said twice. */
  showQuota?: boolean;
}) => {
  const { t, locale } = useI18n();
  const m = t.mailboxes;
  const quota = formatBytes(quotaMb * MB, locale);
  if (!usage) {
    return (
      <Box>
        <Typography variant="body2" color="text.secondary">
          {m.usageNotReported}
        </Typography>
        {showQuota ? (
          <Typography variant="body2" color="text.secondary">
            {m.quotaIs(quota)}
          </Typography>
        ) : null}
      </Box>
    );
  }
  const percent = (usage.bytes / (quotaMb * MB)) * 100;
  const tone = usageTone(percent);
  const used = m.usageOf(formatBytes(usage.bytes, locale), quota);
  const share = formatPercent(Math.floor(percent) / 100, locale);
  return (
    <Tooltip
      describeChild
      title={m.usageReported(
        usage.messages,
        formatNumber(usage.messages, locale),
        formatDateTime(usage.reportedAt, locale),
      )}
    >
      <Box tabIndex={0} sx={{ minWidth: 150, maxWidth: 260 }}>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1, mb: 0.5 }}>
          <Typography variant="body2" sx={{ whiteSpace: 'nowrap' }}>
            {used}
          </Typography>
          <Typography
            variant="body2"
            sx={{
              fontWeight: 600,
              color: tone === 'primary' ? 'text.secondary' : `${tone}.dark`,
            }}
          >
            {share}
          </Typography>
        </Box>
        <LinearProgress
          variant="determinate"
          value={Math.min(100, percent)}
          color={tone}
          aria-label={`${m.usage}: ${used} (${share})`}
          sx={{ height: 6, borderRadius: 3 }}
        />
      </Box>
    </Tooltip>
  );
};
