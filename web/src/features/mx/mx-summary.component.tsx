import { Alert, AlertTitle, Typography, type AlertColor } from '@mui/material';
import type { MxDomainFragment } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/i18n.context';
import { NULL_MX } from './mx-status';

/**
 * What the last MX check means, in plain words. A problem is an error only on
 * an active domain: before that the customer may simply not have moved the
 * records yet, which the note under it explains.
 */
export const MxSummary = ({ domain }: { domain: MxDomainFragment }) => {
  const { t } = useI18n();
  const s = t.mx.summary;
  const { status, foreignHosts, nameMissing } = domain.mxCheck;
  const active = domain.state === 'ACTIVE';
  const hosts = foreignHosts.filter((h) => h !== NULL_MX);

  let severity: AlertColor;
  let title: string;
  let body: string[];
  switch (status) {
    case 'OK':
      [severity, title, body] = ['success', s.okTitle(domain.name), [s.ok]];
      break;
    case 'WRONG':
      severity = active ? 'error' : 'warning';
      // A null MX alone sends mail nowhere rather than elsewhere.
      title = hosts.length ? t.mx.problem.WRONG : s.nullMxTitle(domain.name);
      body = [
        ...(hosts.length ? [s.foreign(domain.name, hosts.join(', '))] : []),
        ...(foreignHosts.includes(NULL_MX) ? [s.nullMx(domain.name)] : []),
        s.fixWrong,
      ];
      break;
    case 'MISSING':
      [severity, title] = [active ? 'error' : 'warning', t.mx.problem.MISSING];
      body = [nameMissing ? s.nameMissing(domain.name) : s.missing(domain.name)];
      break;
    case 'LOOKUP_FAILED':
      [severity, title, body] = ['warning', t.mx.lookupFailed, [s.lookupFailed]];
      break;
    case 'UNKNOWN':
      [severity, title, body] = ['info', s.unknownTitle, active ? [s.unknown] : []];
      break;
  }
  if (!active) body.push(s.notActive);

  return (
    <Alert severity={severity} data-testid="mx-summary">
      <AlertTitle>{title}</AlertTitle>
      {body.map((line) => (
        <Typography key={line} variant="body2" sx={{ '& + &': { mt: 0.5 } }}>
          {line}
        </Typography>
      ))}
    </Alert>
  );
};
