import {
  Box,
  Chip,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
} from '@mui/material';
import type { MxDomainFragment } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/i18n.context';
import { NULL_MX } from './mx-status';

/** The MX records the last check found, the ones that are not the platform's marked in words. */
export const MxSeenRecords = ({ check }: { check: MxDomainFragment['mxCheck'] }) => {
  const { t } = useI18n();
  const foreign = new Set(check.foreignHosts);
  return (
    <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Table size="small" aria-label={t.mx.seenLabel}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: '1%', whiteSpace: 'nowrap' }}>{t.mx.priority}</TableCell>
            <TableCell>{t.mx.host}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {check.records.map((r) => (
            <TableRow key={`${r.priority}-${r.host}`}>
              <TableCell>{r.priority}</TableCell>
              <TableCell>
                <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
                  <Box component="code" sx={{ overflowWrap: 'anywhere', fontSize: 14 }}>
                    {r.host}
                  </Box>
                  {foreign.has(r.host) ? (
                    <Chip
                      size="small"
                      color="error"
                      variant="outlined"
                      label={r.host === NULL_MX ? t.mx.nullMx : t.mx.foreign}
                    />
                  ) : null}
                </Box>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
};
