import { createContext, useContext } from 'react';

export interface Notify {
  success: (message: string) => void;
  error: (message: string) => void;
  info: (message: string) => void;
}

export const NotifyContext = createContext<Notify | null>(null);

export const useNotify = (): Notify => {
  const value = useContext(NotifyContext);
  if (!value) throw new Error('useNotify needs a NotifyProvider');
  return value;
};
