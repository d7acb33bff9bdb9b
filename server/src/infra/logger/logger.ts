import { pino, type Logger } from 'pino';

export type { Logger };

export const createLogger = (level: string, name = 'casella'): Logger =>
  pino({
    name,
    level,
    redact: {
      paths: [
        'password',
        '*.password',
        'secret',
        '*.secret',
        'req.headers.cookie',
        'req.headers.authorization',
      ],
      censor: '[redacted]',
    },
  });
