import {
  Box,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
} from '@mui/material';
import type { MxDomainFragment } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/i18n.context';
import { CopyButton } from '../my-mailbox/copy-button.component';

/** The MX records the domain should publish, each host copyable. */
export const MxExpectedRecords = ({
  records,
}: {
  records: MxDomainFragment['mxCheck']['expected'];
}) => {
  const { t } = useI18n();
  return (
    <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Table size="small" aria-label={t.mx.expectedLabel}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: '1%', whiteSpace: 'nowrap' }}>{t.mx.priority}</TableCell>
            <TableCell>{t.mx.host}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {records.map((r) => (
            <TableRow key={`${r.priority}-${r.host}`}>
              <TableCell>{r.priority}</TableCell>
              <TableCell>
                <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
                  <Box component="code" sx={{ overflowWrap: 'anywhere', fontSize: 14 }}>
                    {r.host}
                  </Box>
                  <CopyButton value={r.host} label={t.mx.copyHost(r.host)} />
                </Box>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
};
