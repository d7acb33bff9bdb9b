import { Box, Typography } from '@mui/material';
import MailOutline from '@mui/icons-material/MailOutline';
import { useBranding } from '../../lib/theme/branding.context';

/** The reseller's logo, or its title beside a neutral mark. */
export const BrandLogo = ({
  color,
  size = 'medium',
}: {
  color?: string;
  size?: 'medium' | 'large';
}) => {
  const branding = useBranding();
  if (branding.logoUrl) {
    return (
      <Box
        component="img"
        src={branding.logoUrl}
        alt={branding.title}
        sx={{ height: size === 'large' ? 49 : 36, maxWidth: 177, objectFit: 'contain' }}
      />
    );
  }
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, color }}>
      <MailOutline aria-hidden fontSize={size === 'large' ? 'large' : 'medium'} />
      <Typography
        component="span"
        sx={{
          fontWeight: 700,
          fontSize: size === 'large' ? '1.5rem' : '1.15rem',
          letterSpacing: '-0.01em',
        }}
      >
        {branding.title}
      </Typography>
    </Box>
  );
};
