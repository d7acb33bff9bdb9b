import { Alert, Box, Button, LinearProgress, Typography } from '@mui/material';
import type { DomainState } from '../../gql/graphql';
import { formatNumber } from '../../lib/format/format';
import { useI18n } from '../../lib/i18n/i18n.context';
import { MxAliasCheckRow } from './mx-alias-check-row.component';
import { MxSection } from './mx-section.component';
import { useMxAliasChecks } from './use-mx-alias-checks.hook';

/**
 * The MX checks of the domain's aliases, under the domain's own: each alias
 * must publish the same records, so they are not repeated per alias.
 */
export const MxAliasChecks = ({
  domain,
}: {
  domain: { id: string; name: string; state: DomainState };
}) => {
  const { t, locale } = useI18n();
  const a = t.mx.aliasChecks;
  const { aliases, totalCount, error, refetch, checkNow } = useMxAliasChecks(domain.id);

  if (!aliases) {
    return (
      <MxSection title={a.title}>
        {error ? (
          <Alert
            severity="error"
            action={
              <Button color="inherit" size="small" onClick={() => void refetch()}>
                {t.common.retry}
              </Button>
            }
          >
            {t.loadFailed}
          </Alert>
        ) : (
          <LinearProgress aria-label={a.loading} />
        )}
      </MxSection>
    );
  }
  if (!aliases.length) {
    return (
      <MxSection title={a.title}>
        <Typography color="text.secondary">{a.none(domain.name)}</Typography>
      </MxSection>
    );
  }
  return (
    <MxSection title={a.title} hint={a.hint(domain.name)}>
      <Box
        component="ul"
        aria-label={a.listLabel(domain.name)}
        sx={{ listStyle: 'none', m: 0, p: 0, border: 1, borderColor: 'divider', borderRadius: 1 }}
      >
        {aliases.map((alias) => (
          <MxAliasCheckRow
            key={alias.id}
            alias={alias}
            domainState={domain.state}
            onCheck={checkNow}
          />
        ))}
      </Box>
      {totalCount > aliases.length ? (
        <Typography variant="body2" color="text.secondary">
          {a.more(formatNumber(aliases.length, locale), formatNumber(totalCount, locale))}
        </Typography>
      ) : null}
    </MxSection>
  );
};
