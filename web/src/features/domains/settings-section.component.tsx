import { Card, CardContent, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';

/** A titled card of the settings tab, named for assistive technology by its title. */
export const SettingsSection = ({
  title,
  hint,
  children,
}: {
  title: string;
  hint?: string;
  children: ReactNode;
}) => {
  const id = useId();
  return (
    <Card component="section" aria-labelledby={id}>
      <CardContent sx={{ p: { xs: 2, sm: 3 } }}>
        <Typography id={id} variant="h2" component="h2" sx={{ mb: hint ? 0.5 : 2 }}>
          {title}
        </Typography>
        {hint ? (
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            {hint}
          </Typography>
        ) : null}
        {children}
      </CardContent>
    </Card>
  );
};
