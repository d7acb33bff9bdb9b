import { Box, Card, CardContent, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';

/** A titled card for one part of a page, named for assistive technology by its title. */
export const SectionCard = ({
  title,
  hint,
  actions,
  children,
}: {
  title: string;
  hint?: string;
  actions?: ReactNode;
  children: ReactNode;
}) => {
  const id = useId();
  return (
    <Card component="section" aria-labelledby={id}>
      <CardContent sx={{ p: 3 }}>
        <Box
          sx={{
            display: 'flex',
            gap: 2,
            alignItems: { xs: 'flex-start', sm: 'center' },
            flexDirection: { xs: 'column', sm: 'row' },
            mb: 2,
          }}
        >
          <Box sx={{ flexGrow: 1 }}>
            <Typography id={id} variant="h2" component="h2">
              {title}
            </Typography>
            {hint ? (
              <Typography color="text.secondary" sx={{ mt: 0.5 }}>
                {hint}
              </Typography>
            ) : null}
          </Box>
          {actions ? <Box sx={{ display: 'flex', gap: 1 }}>{actions}</Box> : null}
        </Box>
        {children}
      </CardContent>
    </Card>
  );
};
