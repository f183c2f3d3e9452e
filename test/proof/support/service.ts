import { freePort, ServiceProcess } from '../../server/processes';
import { Directory, type UnitSpec } from './directory';

/** A service process on a free port over `env`'s database, started with `units` in its directory. */
export async function startServiceWithUnits(env: NodeJS.ProcessEnv, units: UnitSpec[]): Promise<ServiceProcess> {
  const dir = await Directory.open(env);
  await dir.units(units);
  await dir.close();
  const service = new ServiceProcess(await freePort(), env);
  await service.start();
  return service;
}
