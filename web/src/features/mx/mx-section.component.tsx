import { Box, Stack, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';

/** One titled part of the MX tab, named for assistive technology by its title. */
export const MxSection = ({
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
    <Stack component="section" aria-labelledby={id} spacing={1.5}>
      <Box>
        <Typography id={id} variant="h3" component="h2">
          {title}
        </Typography>
        {hint ? <Typography color="text.secondary">{hint}</Typography> : null}
      </Box>
      {children}
    </Stack>
  );
};
