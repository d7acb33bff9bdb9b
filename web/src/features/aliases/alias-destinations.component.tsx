import { Box, Chip } from '@mui/material';
import { useI18n } from '../../lib/i18n/i18n.context';

/** Destinations as chips; those outside the domain are outlined and say so. */
export const AliasDestinations = ({
  destinations,
  domainNames,
}: {
  destinations: readonly string[];
  /** The domain's Unicode and ASCII names: addresses there are local. */
  domainNames: readonly string[];
}) => {
  const { t } = useI18n();
  const isLocal = (address: string) =>
    domainNames.some((d) => address.toLowerCase().endsWith(`@${d.toLowerCase()}`));
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, maxWidth: 480 }}>
      {destinations.map((d) =>
        isLocal(d) ? (
          <Chip key={d} size="small" label={d} />
        ) : (
          <Chip key={d} size="small" variant="outlined" label={`${d} (${t.aliases.external})`} />
        ),
      )}
    </Box>
  );
};
