import { afterAll, beforeAll } from 'vitest';
import { startPostgresCluster, type PostgresCluster } from '../../../tools/postgresCluster';

/** One cluster for the test file, started before its first test and stopped after its last; each call gives a fresh database. */
export function usePostgres(): () => Promise<string> {
  let cluster: PostgresCluster | null = null;
  beforeAll(async () => {
    cluster = await startPostgresCluster();
  }, 60_000);
  afterAll(async () => {
    await cluster?.stop();
  });
  return () => {
    if (!cluster) throw new Error('usePostgres(): the cluster did not start (see the error of beforeAll)');
    return cluster.createDatabase();
  };
}
