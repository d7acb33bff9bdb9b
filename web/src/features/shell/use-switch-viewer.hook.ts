import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useSession } from '../auth/session.context';
import type { Viewer } from '../auth/viewer';

/**
 * After impersonation starts or stops every cached list belongs to someone
 * else: go to the dashboard, take the new viewer and refetch from scratch.
 */
export const useSwitchViewer = () => {
  const client = useApolloClient();
  const navigate = useNavigate();
  const { setViewer } = useSession();
  return useCallback(
    async (viewer: Viewer) => {
      await navigate('/');
      await client.clearStore();
      setViewer(viewer);
    },
    [client, navigate, setViewer],
  );
};
