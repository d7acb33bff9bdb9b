import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useSession } from '../auth/session.context';
import type { Viewer } from '../auth/viewer';

/**
 * After impersonation starts or stops every cached list belongs to someone
 * else: go to the dashboard and drop the cache, then take the new viewer.
 * (resetStore would refetch queries still in flight from the old page and
 * reject; the pages fetch with cache-and-network anyway.)
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
